#!/usr/bin/env python3
"""browser_check.py HTML PNG [--findings N] [--text TEXT]...

Opens the report HTML in headless Chromium (Debian's `chromium`) from a file
URL with the network emulated offline, over the DevTools protocol on a pipe
(--remote-debugging-pipe: no port, no third-party module), and checks the
page as a reader sees it:

  - every request the page makes is for the file itself (nothing leaves it);
  - no console error, no uncaught exception, no log entry of level error;
  - one SVG chart (svg.chart) per finding (article.finding), N of them when
    --findings is given, each with its axes labelled "calls" and "bytes" (or
    "open") and a sample line;
  - every --text appears in the page's text (the source lines);
  - tracebacks are collapsed <details> elements.

Writes a screenshot of the whole page to PNG (kept as the test's artefact),
prints one line per check and "browser_check: ok", exits 1 on a failed
check."""
import argparse
import base64
import json
import os
import shutil
import subprocess
import sys
import tempfile


class Browser:
    def __init__(self, exe, profile):
        to_child_r, self.to_child_w = os.pipe()
        self.from_child_r, from_child_w = os.pipe()

        def fds():
            # Chromium reads commands from fd 3 and answers on fd 4.
            a, b = os.dup(to_child_r), os.dup(from_child_w)
            os.dup2(a, 3)
            os.dup2(b, 4)
            os.set_inheritable(3, True)
            os.set_inheritable(4, True)

        args = [exe, "--headless=new", "--no-sandbox", "--disable-gpu",
                "--remote-debugging-pipe", "--user-data-dir=" + profile,
                "--no-first-run", "--no-default-browser-check",
                "--disable-extensions", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--mute-audio",
                "--hide-scrollbars", "--disable-dev-shm-usage",
                "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
                "about:blank"]
        self.proc = subprocess.Popen(args, preexec_fn=fds,
                                     stdin=subprocess.DEVNULL,
                                     stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL,
                                     close_fds=False)
        os.close(to_child_r)
        os.close(from_child_w)
        self.buf = b""
        self.next_id = 0
        self.events = []

    def _read_message(self):
        while b"\0" not in self.buf:
            chunk = os.read(self.from_child_r, 1 << 16)
            if not chunk:
                raise RuntimeError("chromium closed the DevTools pipe")
            self.buf += chunk
        msg, self.buf = self.buf.split(b"\0", 1)
        return json.loads(msg)

    def send(self, method, params=None, session=None):
        self.next_id += 1
        msg = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        os.write(self.to_child_w, json.dumps(msg).encode() + b"\0")
        while True:
            m = self._read_message()
            if m.get("id") == self.next_id:
                if "error" in m:
                    raise RuntimeError("%s: %s" % (method, m["error"]))
                return m.get("result", {})
            self.events.append(m)

    def wait_event(self, method, timeout_messages=100000):
        for i, m in enumerate(self.events):
            if m.get("method") == method:
                return self.events.pop(i)
        for _ in range(timeout_messages):
            m = self._read_message()
            self.events.append(m)
            if m.get("method") == method:
                return self.events.pop()
        raise RuntimeError("no " + method)

    def close(self):
        try:
            self.send("Browser.close")
        except Exception:
            pass
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()


PAGE_FACTS = r"""
(() => {
  const findings = [...document.querySelectorAll('article.finding')];
  const label = (svg) => [...svg.querySelectorAll('text.axis-label')]
      .map(t => t.textContent);
  return JSON.stringify({
    findings: findings.length,
    charts: document.querySelectorAll('svg.chart').length,
    finding_charts: findings.map(a => a.querySelectorAll('svg.chart').length),
    chart_labels: findings.map(a => {
      const s = a.querySelector('svg.chart'); return s ? label(s) : [];
    }),
    sample_lines: findings.map(a => a.querySelectorAll(
        'svg.chart polyline.samples').length),
    floors: document.querySelectorAll('svg.chart line.kept-end').length,
    details: document.querySelectorAll('details.traceback').length,
    open_details: document.querySelectorAll('details.traceback[open]').length,
    scripts: document.scripts.length,
    text: document.body.innerText,
    height: Math.ceil(document.documentElement.scrollHeight),
  });
})()
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("html")
    ap.add_argument("png")
    ap.add_argument("--findings", type=int)
    ap.add_argument("--text", action="append", default=[])
    ap.add_argument("--tracebacks", type=int)
    args = ap.parse_args()
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if not exe:
        print("browser_check: no chromium on PATH")
        return 1
    url = "file://" + os.path.abspath(args.html)
    profile = tempfile.mkdtemp(prefix="razor-chromium-")
    b = Browser(exe, profile)
    failed = []

    def check(ok, what):
        print("browser_check: %s: %s" % ("ok" if ok else "FAILED", what))
        if not ok:
            failed.append(what)

    try:
        target = b.send("Target.createTarget", {"url": "about:blank"})
        session = b.send("Target.attachToTarget",
                         {"targetId": target["targetId"], "flatten": True})["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            b.send(domain + ".enable", session=session)
        b.send("Network.emulateNetworkConditions",
               {"offline": True, "latency": 0, "downloadThroughput": -1,
                "uploadThroughput": -1}, session=session)
        b.send("Emulation.setDeviceMetricsOverride",
               {"width": 1100, "height": 900, "deviceScaleFactor": 1,
                "mobile": False}, session=session)
        b.send("Page.navigate", {"url": url}, session=session)
        b.wait_event("Page.loadEventFired")
        facts = json.loads(b.send("Runtime.evaluate",
                                  {"expression": PAGE_FACTS, "returnByValue": True},
                                  session=session)["result"]["value"])
        # Screenshot of the whole page.
        height = max(900, min(facts["height"], 16000))
        b.send("Emulation.setDeviceMetricsOverride",
               {"width": 1100, "height": height, "deviceScaleFactor": 1,
                "mobile": False}, session=session)
        shot = b.send("Page.captureScreenshot", {"format": "png"},
                      session=session)
        with open(args.png, "wb") as f:
            f.write(base64.b64decode(shot["data"]))
        # Let late events arrive, then look at them.
        b.send("Runtime.evaluate", {"expression": "1"}, session=session)
        events = b.events
    finally:
        b.close()
        shutil.rmtree(profile, ignore_errors=True)

    requests = [e["params"]["request"]["url"] for e in events
                if e.get("method") == "Network.requestWillBeSent"]
    outside = [u for u in requests if u != url and not u.startswith("data:")]
    check(not outside, "no request leaves the file (%d request(s)%s)" % (
        len(requests), ": " + ", ".join(outside) if outside else ""))
    errors = []
    for e in events:
        m, p = e.get("method"), e.get("params", {})
        if m == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert", "warning"):
            errors.append("console.%s %s" % (p["type"], p.get("args")))
        elif m == "Runtime.exceptionThrown":
            errors.append("exception %s" % p.get("exceptionDetails", {}).get("text"))
        elif m == "Log.entryAdded" and p.get("entry", {}).get("level") in ("error", "warning"):
            errors.append("log %s" % p["entry"].get("text"))
    check(not errors, "no console errors%s" % (": " + "; ".join(errors) if errors else ""))
    check(facts["scripts"] == 0, "no script in the page")
    check(facts["findings"] > 0 or args.findings == 0, "findings shown: %d" % facts["findings"])
    if args.findings is not None:
        check(facts["findings"] == args.findings,
              "%d finding(s), expected %d" % (facts["findings"], args.findings))
    check(all(n == 1 for n in facts["finding_charts"]),
          "one chart per finding: %s" % facts["finding_charts"])
    check(all(n >= 1 for n in facts["sample_lines"]),
          "each chart draws its samples: %s" % facts["sample_lines"])
    check(all("calls" in l and ("bytes" in l or "open" in l) for l in facts["chart_labels"]),
          "axes labelled calls and bytes: %s" % facts["chart_labels"])
    check(facts["floors"] >= facts["findings"], "each chart shows the verdict's floor")
    for t in args.text:
        check(t in facts["text"], "page text holds %r" % t)
    if args.tracebacks is not None:
        check(facts["details"] == args.tracebacks and facts["open_details"] == 0,
              "%d collapsed traceback(s), expected %d" % (facts["details"], args.tracebacks))
    check(os.path.getsize(args.png) > 1000, "screenshot written to %s" % args.png)
    if failed:
        return 1
    print("browser_check: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
