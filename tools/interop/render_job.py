"""Runs in the throwaway selenium venv: log in, open labelling pages, read what is drawn.

Usage: render_job.py JOB.json OUT.json (written by browser.py).  Chromium runs headless,
with no network beyond the loopback server; every wait is bounded.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from typing import Any

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1400,1000",
         # the tools' pages reference outside scripts (doccano: a video player); fail them at once
         "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"]
PAGE_WAIT = 90

# Label Studio: highlight elements carry the region id in a class "htx-highlight-<region>-<n>".
LS_REGIONS = """
const found = {};
for (const el of document.querySelectorAll('.htx-highlight')) {
  const cls = Array.from(el.classList).find(c => /^htx-highlight-.+-\\d+$/.test(c));
  if (!cls) continue;
  const region = cls.slice('htx-highlight-'.length).replace(/-\\d+$/, '');
  let parent = el.parentElement, nested = false;
  while (parent) { if (parent.classList && parent.classList.contains(cls)) { nested = true; break; } parent = parent.parentElement; }
  if (!nested) found[region] = (found[region] || '') + el.textContent;
}
return found;
"""

# doccano (v-annotator): one <svg id="svgA:B"> per line, its text in a <text>, each span piece an
# underline <line stroke-width=5> below it; the glyphs over a line are the piece's drawn text.
DC_PIECES = """
const rows = [];
for (const svg of document.querySelectorAll('svg[id^="svg"]')) {
  const text = svg.querySelector('text[id]');
  if (!text) continue;
  const content = text.textContent, pieces = [];
  for (const line of svg.querySelectorAll('line[stroke-width="5"]')) {
    const x1 = Math.min(+line.getAttribute('x1'), +line.getAttribute('x2'));
    const x2 = Math.max(+line.getAttribute('x1'), +line.getAttribute('x2'));
    let piece = '';
    for (let i = 0; i < text.getNumberOfChars(); i++) {
      const a = text.getStartPositionOfChar(i).x, b = text.getEndPositionOfChar(i).x;
      const mid = (a + b) / 2;
      if (mid >= x1 - 0.5 && mid <= x2 + 0.5) piece += content[i];
    }
    pieces.push(piece);
  }
  rows.push({id: svg.id, text: content, pieces: pieces});
}
return rows;
"""


def driver() -> webdriver.Chrome:
    options = webdriver.ChromeOptions()
    for flag in FLAGS:
        options.add_argument(flag)
    options.binary_location = "/usr/bin/chromium"
    chrome = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    chrome.set_page_load_timeout(PAGE_WAIT)
    chrome.set_script_timeout(60)
    return chrome


def wait(chrome: webdriver.Chrome, script: str) -> Any:
    return WebDriverWait(chrome, PAGE_WAIT, poll_frequency=1).until(lambda d: d.execute_script(script))


def label_studio(chrome: webdriver.Chrome, job: dict[str, Any]) -> list[dict[str, Any]]:
    chrome.get(job["url"] + "/user/login/")
    wait(chrome, "return document.querySelector('input[name=email]')")
    chrome.find_element(By.NAME, "email").send_keys(job["user"])
    chrome.find_element(By.NAME, "password").send_keys(job["password"] + Keys.ENTER)
    wait(chrome, "return !location.pathname.startsWith('/user/login')")
    out = []
    for page in job["pages"]:
        result: dict[str, Any] = {"title": page["title"]}
        try:
            chrome.get(f"{job['url']}/projects/{job['project']}/data?task={page['task_id']}")
            expected: dict[str, str] = page["expected"]
            wait(chrome, f"return document.querySelectorAll('.htx-highlight').length >= {len(expected)}")
            time.sleep(2)
            drawn = chrome.execute_script(LS_REGIONS)
            result["regions"] = len(drawn)
            result["wrong"] = [f"region {rid}: drawn {drawn.get(rid)!r}, span {text!r}"
                               for rid, text in expected.items() if drawn.get(rid) != text]
        except Exception as exc:  # one page failing is reported, the others still run
            result["error"] = f"{type(exc).__name__}: {str(exc).splitlines()[0][:200]}"
        out.append(result)
    return out


def doccano(chrome: webdriver.Chrome, job: dict[str, Any]) -> list[dict[str, Any]]:
    chrome.get(job["url"] + "/auth")
    wait(chrome, "return document.querySelectorAll('input').length >= 2")
    inputs = chrome.find_elements(By.CSS_SELECTOR, "input")
    inputs[0].send_keys(job["user"])
    inputs[1].send_keys(job["password"] + Keys.ENTER)
    wait(chrome, "return !location.pathname.startsWith('/auth')")
    out = []
    for page in job["pages"]:
        result: dict[str, Any] = {"title": page["title"]}
        try:
            # Only ?page=N: an empty q= is sent on as the search "null", which finds nothing.
            chrome.get(f"{job['url']}/projects/{job['project']}/sequence-labeling?page={page['page']}")
            wait(chrome, "return document.querySelectorAll('svg[id^=\"svg\"] text[id]').length > 0")
            time.sleep(3)
            rows = collect_rows(chrome)
            result.update(compare_doccano(page["text"], page["spans"], rows))
        except Exception as exc:
            result["error"] = f"{type(exc).__name__}: {str(exc).splitlines()[0][:200]}"
        out.append(result)
    return out


def collect_rows(chrome: webdriver.Chrome) -> list[dict[str, Any]]:
    """v-annotator draws only the lines in view: scroll down, collecting each line once."""
    rows: dict[str, dict[str, Any]] = {}
    quiet = 0
    for _ in range(200):
        before = len(rows)
        for row in chrome.execute_script(DC_PIECES):
            rows.setdefault(row["id"], row)
        at_end = chrome.execute_script(
            "const e = document.scrollingElement; const end = e.scrollTop + e.clientHeight >= e.scrollHeight - 2;"
            "window.scrollBy(0, Math.floor(window.innerHeight * 0.6)); return end;")
        quiet = quiet + 1 if len(rows) == before else 0
        if at_end and quiet >= 2:
            break
        time.sleep(0.7)
    return sorted(rows.values(), key=lambda row: int(row["id"][3:].split(":")[0]))


def compare_doccano(text: str, spans: list[list[Any]], rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Per drawn line: the pieces underlined there against our spans cut to that line."""
    wrong, regions, position = [], 0, 0
    for row in rows:
        content = row["text"]
        if not content.strip() or content == "\u2b90":  # empty lines; ⮐ marks a line break
            continue
        start = text.find(content, position)
        if start < 0:
            wrong.append(f"a drawn line is not in the document: {content[:40]!r}")
            continue
        end, position = start + len(content), start + len(content)
        expected = Counter(text[max(a, start):min(b, end)].strip() for a, b, _ in spans if a < end and b > start)
        expected.pop("", None)
        drawn = Counter(piece.strip() for piece in row["pieces"])
        drawn.pop("", None)
        regions += sum(drawn.values())
        for piece in (drawn - expected):
            wrong.append(f"underlined {piece!r} on line {content[:30]!r}…, no span has that text there")
        for piece in (expected - drawn):
            wrong.append(f"span text {piece!r} on line {content[:30]!r}… is not underlined as such")
    if position < len(text.rstrip()):
        wrong.append(f"only the first {position} of {len(text)} characters were drawn (scrolling stopped)")
    return {"regions": regions, "wrong": wrong[:20]}


def main() -> None:
    job = json.loads(open(sys.argv[1], encoding="utf-8").read())
    chrome = driver()
    try:
        pages = label_studio(chrome, job) if job["tool"] == "labelstudio" else doccano(chrome, job)
    finally:
        chrome.quit()
    with open(sys.argv[2], "w", encoding="utf-8") as handle:
        json.dump(pages, handle, ensure_ascii=False)


if __name__ == "__main__":
    main()
