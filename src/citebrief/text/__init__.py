"""Language-specific text tools: language detection, tokenizers, stop words, IDF, romanization."""
