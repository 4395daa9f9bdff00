"""`citebrief eval`: how good the briefs are, measured on article sets. `rouge` — ROUGE of our
briefs beside Lead-3 and TextRank (`baselines`); `verification` — how many of the bullets
`corrupt` spoils the verify stage catches, and its false alarms."""
