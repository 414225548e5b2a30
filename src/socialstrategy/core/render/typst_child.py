"""The child process of :mod:`worker`: limit itself, compile one Typst request, write pages.

Run by path as ``python -I -S typst_child.py SITE_PACKAGES MEMORY_BYTES CPU_SECONDS``. It imports
nothing but the standard library's smallest modules and the compiler, so that it starts fast,
and it sets its memory and CPU limits before it imports the compiler or reads the request.
"""

import sys


def main() -> int:
    import resource

    memory, cpu = int(sys.argv[2]), int(sys.argv[3])
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu))
    sys.path.insert(0, sys.argv[1])
    import json
    import struct

    import typst

    request = json.loads(sys.stdin.buffer.read())
    root = request["root"]
    try:
        compiler = typst.Compiler(
            root=root,
            font_paths=[root + "/fonts"],
            ignore_system_fonts=True,
            sys_inputs={"data": request["data"]},
            package_path=request["packages"],
            package_cache_path=request["packages"],
        )
        result = compiler.compile(
            input=root + "/" + request["template"], format=request["format"], ppi=request["ppi"]
        )
    except Exception as error:  # the parent turns this line into a CompileError
        print(f"typst: {getattr(error, 'message', error)}", file=sys.stderr)
        return 1
    out = sys.stdout.buffer
    for page in result if isinstance(result, list) else [result or b""]:
        out.write(struct.pack(">Q", len(page)))
        out.write(page)
    out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
