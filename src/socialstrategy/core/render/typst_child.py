"""The worker process of :mod:`worker`: limit itself, then compile Typst requests until EOF.

Run by path as ``python -I -S typst_child.py SITE_PACKAGES MEMORY_BYTES CPU_SECONDS``. It imports
nothing but the standard library's smallest modules and the compiler, so that it starts fast,
and it limits its address space before it imports the compiler or reads a request.

Protocol on stdin/stdout, every frame an 8-byte big-endian length and that many bytes:
request = one JSON frame ``{root, template, format, ppi, packages, data}``; answer = one JSON
frame ``{"ok": bool, "error": str, "pages": n, "peak": bytes}`` followed by ``n`` page frames,
where ``peak`` is the most memory the process has held so far (Typst keeps what it memoised of
every compile, and typst-py never evicts it: the parent replaces a child that has grown). The compiler of
each root stays loaded between requests (fonts read once, Typst's caches warm); only the data
changes, and it reaches the template as ``sys.inputs.data`` and nowhere else.
"""

import sys


def main() -> int:
    import resource

    memory, cpu = int(sys.argv[2]), int(sys.argv[3])
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    sys.path.insert(0, sys.argv[1])
    import json
    import struct

    import typst

    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    compilers: dict[tuple[str, str], typst.Compiler] = {}

    def read_frame() -> bytes | None:
        head = stdin.read(8)
        if len(head) < 8:
            return None
        return stdin.read(struct.unpack(">Q", head)[0])

    def write_frame(payload: bytes) -> None:
        stdout.write(struct.pack(">Q", len(payload)))
        stdout.write(payload)

    def peak() -> int:
        # Linux: VmHWM, the high-water mark of this process's own memory. Not ru_maxrss, which
        # exec carries over from the parent (the forked copy's resident size), so a child of a
        # large parent (a long test run, a busy web worker) would seem large from its first job.
        try:
            with open("/proc/self/status", "rb") as status:
                for line in status:
                    if line.startswith(b"VmHWM:"):
                        return int(line.split()[1]) * 1024
        except OSError:
            pass
        # ru_maxrss is in kilobytes on Linux, in bytes on macOS.
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * (1 if sys.platform == "darwin" else 1024)

    while (frame := read_frame()) is not None:
        request = json.loads(frame)
        # CPU time counts for the whole life of the process: allow this job `cpu` more seconds.
        used = resource.getrusage(resource.RUSAGE_SELF)
        _, hard = resource.getrlimit(resource.RLIMIT_CPU)
        resource.setrlimit(resource.RLIMIT_CPU, (int(used.ru_utime + used.ru_stime) + cpu, hard))
        root = request["root"]
        try:
            key = (root, request["packages"])
            if key not in compilers:
                compilers[key] = typst.Compiler(
                    root=root,
                    font_paths=[root + "/fonts", request["packages"] + "/fonts"],
                    ignore_system_fonts=True,
                    package_path=request["packages"],
                    package_cache_path=request["packages"],
                )
            arguments = {
                "input": root + "/" + request["template"],
                "format": request["format"],
                "ppi": request["ppi"],
                "sys_inputs": {"data": request["data"]},
            }
            try:
                # PDF/UA-1 (tagged, accessible): Typst refuses to write a PDF that breaks its rules;
                # such a document is written without the claim rather than not at all.
                pdf = request["format"] == "pdf"
                result = compilers[key].compile(**arguments, pdf_standards=["ua-1"] if pdf else None)
            except Exception as error:
                if "PDF/UA" not in str(getattr(error, "message", error)):
                    raise
                result = compilers[key].compile(**arguments)
        except Exception as error:  # the parent turns the message into a CompileError
            message = f"typst: {getattr(error, 'message', error)}"
            write_frame(json.dumps({"ok": False, "error": message, "pages": 0, "peak": peak()}).encode())
            stdout.flush()
            continue
        pages = result if isinstance(result, list) else [result or b""]
        write_frame(json.dumps({"ok": True, "error": "", "pages": len(pages), "peak": peak()}).encode())
        for page in pages:
            write_frame(page)
        stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
