#!/usr/bin/env python3
"""Size and load behaviour of a large HTML report, measured in headless Chromium.

Generates a synthetic corpus with entities, quotes, sentences and summaries (tools/synthetic-corpus.py),
writes its report with `gloss render CORPUS --format html` (release build), then opens the report in headless Chromium several times and reads the timings the page's script
logs ("gloss-report: ... script started at X ms, ready at Y ms; first view rendered in Z ms": X is when
the whole file has been parsed, since navigation start). Also times a filter over all documents (#q=...)
and a one-document report as the browser's own baseline. Prints medians.

    python3 tools/report-load-test.py [--documents 10000] [--runs 3]
"""
import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LOG_LINE = re.compile(r"gloss-report: (\d+) documents; script started at (\d+) ms, ready at (\d+) ms; "
                      r"first view rendered in ([0-9.]+) ms")
FILTER_LINE = re.compile(r"gloss-report: filter matched (\d+) of (\d+) documents in ([0-9.]+) ms")


def run(command, **kwargs):
    return subprocess.run(command, check=True, **kwargs)


def renderer_peaks():
    """Peak resident memory (VmHWM, MB) of each running Chromium renderer process, by pid."""
    peaks = {}
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as handle:
                if b"--type=renderer" not in handle.read():
                    continue
            with open(f"/proc/{pid}/status") as handle:
                for line in handle:
                    if line.startswith("VmHWM:"):
                        peaks[pid] = int(line.split()[1]) / 1024
        except OSError:
            continue
    return peaks


def chromium(url, work, size="1280,900"):
    """Opens `url` and takes a screenshot (so the page is loaded and painted). Returns the wall time, the
    peak resident memory of the page's renderer process (sampled every 20 ms) and Chromium's log."""
    command = ["chromium", "--headless", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
               "--enable-logging=stderr", "--v=0", f"--window-size={size}",
               f"--screenshot={os.path.join(work, 'shot.png')}", url]
    if os.geteuid() == 0:
        command.insert(1, "--no-sandbox")
    log_path = os.path.join(work, "chromium.log")
    started = time.monotonic()
    peak = 0.0
    with open(log_path, "w") as log:
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=log)
        while process.poll() is None:
            peak = max([peak] + list(renderer_peaks().values()))
            time.sleep(0.02)
    seconds = time.monotonic() - started
    with open(log_path) as log:
        return seconds, peak, log.read()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    run(["swift", "build", "-c", "release", "--product", "gloss"], cwd=ROOT, stdout=subprocess.DEVNULL)
    bin_path = run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT,
                   capture_output=True, text=True).stdout.strip()
    gloss = os.path.join(bin_path, "gloss")

    with tempfile.TemporaryDirectory() as work:
        corpus = os.path.join(work, "corpus.jsonl")
        with open(corpus, "w") as out:
            run([sys.executable, os.path.join(ROOT, "tools", "synthetic-corpus.py"), "--documents",
                 str(args.documents)], stdout=out)
        text_bytes = 0
        report = os.path.join(work, "report.html")
        writes = []
        for _ in range(args.runs):
            started = time.monotonic()
            run([gloss, "render", corpus, "--format", "html", "-o", report])
            writes.append(time.monotonic() - started)
        size = os.path.getsize(report)
        with open(corpus, encoding="utf-8") as lines:
            import json
            text_bytes = sum(len(json.loads(line)["text"].encode()) for line in lines)

        one = os.path.join(work, "one.jsonl")
        with open(corpus, encoding="utf-8") as lines, open(one, "w", encoding="utf-8") as out:
            out.write(next(lines))
        small = os.path.join(work, "one.html")
        run([gloss, "render", one, "--format", "html", "-o", small])

        def measure(path, fragment):
            rows = []
            for _ in range(args.runs):
                seconds, rss, log = chromium(f"file://{path}#{fragment}", work)
                match = LOG_LINE.search(log)
                if not match or "Content Security Policy" in log:
                    sys.exit(f"the report's script did not run cleanly:\n{log[-2000:]}")
                rows.append((seconds, rss, int(match.group(2)), int(match.group(3)), float(match.group(4))))
            return [statistics.median(column) for column in zip(*rows)]

        middle = args.documents // 2 + 1
        big = measure(report, str(middle))
        base = measure(small, "1")
        filters = []
        for _ in range(args.runs):
            _, _, log = chromium(f"file://{report}#q=Tomas%20Tanaka", work)
            match = FILTER_LINE.search(log)
            if match:
                filters.append((int(match.group(1)), float(match.group(3))))

    load = os.getloadavg()
    print(f"machine: {os.cpu_count()} cores, load average {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f}; "
          f"medians of {args.runs}")
    print(f"corpus: {args.documents} documents, {text_bytes / 1e6:.1f} MB of text")
    print(f"report: {size / 1e6:.1f} MB ({size / args.documents / 1e3:.1f} kB per document, "
          f"{size / max(text_bytes, 1):.1f}x the text); written in {statistics.median(writes):.2f} s "
          f"(gloss render, release, JSONL input decoding included)")
    print(f"chromium, document #{middle} of {args.documents}: file parsed and script started at {big[2]:.0f} ms, "
          f"ready at {big[3]:.0f} ms, document rendered in {big[4]:.1f} ms; "
          f"whole headless run {big[0]:.1f} s, renderer peak RSS {big[1]:.0f} MB")
    print(f"chromium, one-document report (baseline): script started at {base[2]:.0f} ms, ready at {base[3]:.0f} ms; "
          f"whole headless run {base[0]:.1f} s, renderer peak RSS {base[1]:.0f} MB")
    if filters:
        print(f"filter '#q=Tomas Tanaka' over all documents: {filters[0][0]} matches in "
              f"{statistics.median(f[1] for f in filters):.1f} ms (first filter, index built included)")


if __name__ == "__main__":
    main()
