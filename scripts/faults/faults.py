"""The fault and abuse run of issue 11, started by scripts/faults.sh (which sets the FAULTS_* variables).

Part 1, hostile uploads: every file goes through the page a user would use (the department's upload page, or the
office's register import), the time from the upload POST to the answered preview is measured, and the service's RSS
is read from /proc after each. Each must be answered within 2 s with a message (the expected one), never a 5xx, and
the RSS must stay under the first reading + 200 MB.

Part 2, PostgreSQL stopped under 11 concurrent submitters (one per department of samples/xiangshan-300.json, each
resubmitting its needs in a loop): every 200 must name a version that is stored with what was sent once the database
is back, and every other answer must be a 503 with Retry-After.
"""
import html
import io
import json
import os
import re
import shlex
import struct
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid
import zipfile
from http.cookiejar import CookieJar

URL = os.environ["FAULTS_URL"]
TOKEN = os.environ["FAULTS_TOKEN"]
PID = int(os.environ["FAULTS_PID"])
WORK = os.environ["FAULTS_WORK"]
SAMPLE = json.load(open(os.environ["FAULTS_SAMPLE"], encoding="utf-8"))
YEAR = SAMPLE["year"]
ANSWER_SECONDS = 2.0
RSS_GROWTH_MB = 200

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
failures = []


def fail(message):
    failures.append(message)
    print("  FAIL: " + message, flush=True)


def rss_mb():
    with open(f"/proc/{PID}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Client:
    """A bearer-token client with a cookie jar (the pages' antiforgery cookie); redirects are returned, not followed."""

    def __init__(self, token):
        self.token = token
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()), NoRedirect)

    def send(self, method, path, body=None, content_type=None, timeout=60):
        request = urllib.request.Request(URL + path, data=body, method=method)
        request.add_header("Authorization", "Bearer " + self.token)
        if content_type:
            request.add_header("Content-Type", content_type)
        try:
            with self.opener.open(request, timeout=timeout) as response:
                return response.status, dict(response.headers), response.read()
        except urllib.error.HTTPError as error:
            return error.code, dict(error.headers), error.read()

    def json(self, method, path, value):
        return self.send(method, path, json.dumps(value, ensure_ascii=False).encode(), "application/json")

    def form(self, page, handler, fields, file_field, file_name, content):
        """GETs the page for its antiforgery token, then posts the form; returns (status, html, seconds) of POST + redirect."""
        status, _, body = self.send("GET", page)
        token = re.search(r'name="__RequestVerificationToken" value="([^"]+)"', body.decode())
        if not token:
            raise RuntimeError(f"no antiforgery token on {page} ({status})")
        boundary = uuid.uuid4().hex
        parts = []
        for name, value in [("__RequestVerificationToken", html.unescape(token.group(1))), ("_handler", handler)] + fields:
            parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode())
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{file_field}"; filename="{file_name}"\r\n'
                     f"Content-Type: application/octet-stream\r\n\r\n".encode() + content + b"\r\n")
        parts.append(f"--{boundary}--\r\n".encode())
        started = time.monotonic()
        status, headers, body = self.send("POST", page, b"".join(parts), f"multipart/form-data; boundary={boundary}")
        if status in (301, 302, 303) and "Location" in headers:
            location = headers["Location"]
            status, headers, body = self.send("GET", location if location.startswith("/") else location[len(URL):])
        return status, body.decode(errors="replace"), time.monotonic() - started


# ---------------------------------------------------------------------------------------------------------------- files

def workbook(sheet_xml_chunks, sheet_name="需求", shared=None, sheets=1, extra=(), level=9):
    """A minimal xlsx; sheet_xml_chunks is an iterable of str pieces of the first sheet's <sheetData> content."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>')
        z.writestr("_rels/.rels", f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        names = "".join(f'<sheet name="{sheet_name if i == 1 else "S%d" % i}" sheetId="{i}" r:id="rId{i}"/>' for i in range(1, sheets + 1))
        z.writestr("xl/workbook.xml", f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets>{names}</sheets></workbook>')
        rels = "".join(f'<Relationship Id="rId{i}" Type="{REL}/worksheet" Target="worksheets/sheet{i}.xml"/>' for i in range(1, sheets + 1))
        if shared is not None:
            rels += f'<Relationship Id="rIdS" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
        z.writestr("xl/_rels/workbook.xml.rels", f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>')
        with z.open("xl/worksheets/sheet1.xml", "w") as sheet:
            sheet.write(f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}"><sheetData>'.encode())
            for chunk in sheet_xml_chunks:
                sheet.write(chunk.encode())
            sheet.write(b"</sheetData></worksheet>")
        for i in range(2, sheets + 1):
            z.writestr(f"xl/worksheets/sheet{i}.xml", f'<worksheet xmlns="{MAIN}"><sheetData/></worksheet>')
        if shared is not None:
            with z.open("xl/sharedStrings.xml", "w") as table:
                table.write(f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}">'.encode())
                for chunk in shared:
                    table.write(chunk.encode())
                table.write(b"</sst>")
        for name, content in extra:
            z.writestr(name, content)
    return out.getvalue()


def inline_row(number, *cells):
    return f'<row r="{number}">' + "".join(
        f'<c r="{chr(65 + i)}{number}" t="inlineStr"><is><t>{c}</t></is></c>' for i, c in enumerate(cells)) + "</row>"


HEADER = ("企业编号", "检查事项编号", "每年次数")


def template_bomb(template, rows):
    """The department's own template with `rows` data rows added to its 需求 sheet (streamed into the zip)."""
    source = zipfile.ZipFile(io.BytesIO(template))
    import xml.etree.ElementTree as ET  # the template's small workbook.xml and rels only
    book = ET.fromstring(source.read("xl/workbook.xml"))
    sheet_element = next(e for e in book.iter() if e.tag.endswith("}sheet") and e.get("name") == "需求")
    rid = sheet_element.get(f"{{{REL}}}id")
    rels = ET.fromstring(source.read("xl/_rels/workbook.xml.rels"))
    target = next(e.get("Target") for e in rels.iter() if e.get("Id") == rid)
    part = target.lstrip("/") if target.startswith("/") else "xl/" + target
    sheet = source.read(part).decode()
    empty = re.search(r"<(\w+:)?sheetData\s*/>", sheet)
    if empty:
        sheet = sheet[:empty.start()] + f"<{empty.group(1) or ''}sheetData></{empty.group(1) or ''}sheetData>" + sheet[empty.end():]
    close = re.search(r"</(\w+:)?sheetData>", sheet)
    cut, p = close.start(), close.group(1) or ""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for item in source.infolist():
            if item.filename != part:
                z.writestr(item, source.read(item))
                continue
            with z.open(part, "w") as w:
                w.write(sheet[:cut].encode())
                for start in range(2, rows + 2, 10_000):
                    # Identical rows without r attributes (optional in SpreadsheetML) compress ~200:1, as the 761 KB bomb did.
                    row = (f'<{p}row><{p}c t="inlineStr"><{p}is><{p}t>E001</{p}t></{p}is></{p}c>'
                           f'<{p}c t="inlineStr"><{p}is><{p}t>SCJG-01</{p}t></{p}is></{p}c><{p}c><{p}v>1</{p}v></{p}c></{p}row>')
                    w.write((row * (min(start + 10_000, rows + 2) - start)).encode())
                w.write(sheet[cut:].encode())
    return out.getvalue(), part


def lie_about_size(package, part, declared):
    """Rewrites the uncompressed size the local and central headers declare for `part`."""
    data = bytearray(package)
    name = part.encode()
    for i in range(len(data) - 46):
        signature = struct.unpack_from("<I", data, i)[0]
        if signature == 0x04034B50 and struct.unpack_from("<H", data, i + 26)[0] == len(name) and data[i + 30:i + 30 + len(name)] == name:
            struct.pack_into("<I", data, i + 22, declared)
        if signature == 0x02014B50 and struct.unpack_from("<H", data, i + 28)[0] == len(name) and data[i + 46:i + 46 + len(name)] == name:
            struct.pack_into("<I", data, i + 24, declared)
    return bytes(data)


def hostile_files(template):
    header = inline_row(1, *HEADER)
    bomb, sheet_part = template_bomb(template, 1_000_000)
    print(f"  the template bomb: {len(bomb) / 1024:.0f} KB compressed, 1,000,000 rows in {sheet_part}", flush=True)
    nested = io.BytesIO()
    with zipfile.ZipFile(nested, "w") as z:
        for i in range(3):
            z.writestr(f"inner{i}.xlsx", template)
    with_embedded = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(template)) as source, zipfile.ZipFile(with_embedded, "w", zipfile.ZIP_DEFLATED) as z:
        for item in source.infolist():
            z.writestr(item, source.read(item))
        z.writestr("xl/embeddings/evil.zip", nested.getvalue())
    laughs = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
              + "".join(f'<!ENTITY lol{i} "{"&lol%s;" % (i - 1 if i > 1 else "") * 10}">' for i in range(1, 10))
              + f']><worksheet xmlns="{MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>')
    dtd = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(workbook([header]))) as source, zipfile.ZipFile(dtd, "w", zipfile.ZIP_DEFLATED) as z:
        for item in source.infolist():
            z.writestr(item, laughs if item.filename == "xl/worksheets/sheet1.xml" else source.read(item))
    columns = '<row r="1">' + "".join(f'<c r="{col_name(c)}1"><v>{c}</v></c>' for c in range(16_384)) + "</row>"
    csv_header = ",".join(HEADER) + "\n"
    register_row = '<row><c t="inlineStr"><is><t>T01</t></is></c><c t="inlineStr"><is><t>丹东街道</t></is></c><c><v>29.4</v></c><c><v>121.8</v></c></row>'
    register_bomb = workbook([inline_row(1, "编号", "名称", "纬度", "经度")] + [register_row * 10_000] * 100, sheet_name="乡镇")
    register = {k: v for k, v in SAMPLE.items() if k != "needs"}
    limit = "Scheduler:Uploads:"
    return [
        # (file name, content, where, expected message regex)
        ("bomb-template-1m-rows.xlsx", bomb, "needs", limit),
        ("bomb-template-1m-rows-lying-header.xlsx", lie_about_size(bomb, sheet_part, 50_000), "needs", "损坏|" + limit),
        ("zip-of-zips.xlsx", nested.getvalue(), "needs", "压缩包|不是 Excel"),
        ("template-with-embedded-zip.xlsx", with_embedded.getvalue(), "needs", "压缩包"),
        ("huge-shared-string.xlsx", workbook([header, '<row r="2"><c r="A2" t="s"><v>0</v></c></row>'],
                                             shared=["<si><t>", "x" * 60_000_000, "</t></si>"]), "needs", limit),
        ("300k-shared-strings.xlsx", workbook([header, '<row r="2"><c r="A2" t="s"><v>299999</v></c></row>'],
                                              shared=(f"<si><t>s{i}</t></si>" for i in range(300_000))), "needs", limit + "MaxSharedStrings"),
        ("16384-columns.xlsx", workbook([columns]), "needs", limit + "MaxColumns"),
        ("formula-cells.xlsx", workbook([header, '<row r="2"><c r="A2" t="str"><f>HYPERLINK("http://evil","E001")</f><v>E001</v></c></row>']), "needs", "公式"),
        ("deep-xml.xlsx", workbook([header, '<row r="2">', "<x>" * 100_000, "</x>" * 100_000, "</row>"]), "needs", "嵌套"),
        ("dtd-entities.xlsx", dtd.getvalue(), "needs", "无法读取"),
        ("1000-sheets.xlsx", workbook([header], sheets=1_000), "needs", limit + "Max(Sheets|Parts)"),
        ("5000-parts.xlsx", workbook([header], extra=[(f"xl/media/p{i}.bin", b"1") for i in range(5_000)]), "needs", limit + "MaxParts"),
        ("truncated.xlsx", template[: len(template) * 6 // 10], "needs", "无法读取|不是 Excel"),
        ("pdf-named.xlsx", b"%PDF-1.7\n" + os.urandom(4096), "needs", "不是 Excel"),
        ("elf-named.xlsx", b"\x7fELF" + os.urandom(4096), "needs", "不是 Excel"),
        ("old-binary.xls.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4096), "needs", r"\.xls"),
        ("12mb.csv", (csv_header + "E001,SCJG-01,1\n" * 900_000).encode(), "needs", limit + "MaxFileMegabytes"),
        ("60000-lines.csv", (csv_header + "E001,SCJG-01,1\n" * 60_000).encode(), "needs", limit + "MaxRows"),
        ("nul-bytes.csv", (csv_header + "E001\x00\x00,SCJG-01,1\n").encode(), "needs", "U\\+0000"),
        ("huge-cell.csv", (csv_header + "E" * 5_000_000 + ",SCJG-01,1\n").encode(), "needs", limit + "MaxCellChars"),
        ("utf16.csv", csv_header.encode("utf-16"), "needs", "UTF-8"),
        ("register-bomb-1m-rows.xlsx", register_bomb, "register", limit),
        ("register-16384-columns.xlsx", workbook([columns], sheet_name="乡镇"), "register", limit + "MaxColumns"),
        ("register-formula.xlsx", workbook([inline_row(1, "编号", "名称"), '<row r="2"><c r="A2"><f>1/0</f><v>0</v></c></row>'], sheet_name="乡镇"), "register", "公式"),
        ("register-nul.json", json.dumps(dict(register, name="象山\u0000县")).encode(), "register", "控制字符（U\\+0000）"),
        ("register-deep.json", b'{"year": 2026, "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", "register", "JSON"),
    ]


def col_name(column):
    name = ""
    n = column + 1
    while n > 0:
        n, rest = divmod(n - 1, 26)
        name = chr(65 + rest) + name
    return name


def uploads(office, department):
    print("\n## Hostile uploads (each: upload POST + preview, must answer in < 2 s with a message, RSS < first + 200 MB)", flush=True)
    status, _, template = department.send("GET", f"/departments/SCJG/template.xlsx?year={YEAR}")
    assert status == 200, f"template download answered {status}"
    files = hostile_files(template)
    baseline = rss_mb()
    peak = baseline
    print(f"  service RSS before: {baseline:.0f} MB", flush=True)
    print(f"  {'file':44} {'size':>9} {'status':>6} {'seconds':>7} {'RSS MB':>7}  message", flush=True)
    for name, content, where, expected in files:
        if where == "needs":
            status, page, seconds = department.form(f"/departments/SCJG/upload?year={YEAR}", "upload", [], "file", name, content)
            message = re.search(r'id="(?:file-error|upload-error)"[^>]*>([^<]*)<', page)
        else:
            status, page, seconds = office.form(f"/office/register?year={YEAR}", "register-import", [("ImportYear", str(YEAR))], "RegisterFile", name, content)
            message = re.search(r'id="register-error-table".*?<tbody[^>]*>(.*?)</tbody>', page, re.S)
        rss = rss_mb()
        peak = max(peak, rss)
        text = html.unescape(re.sub(r"<[^>]+>", " ", message.group(1))).strip() if message else ""
        print(f"  {name:44} {len(content) / 1024:8.0f}K {status:>6} {seconds:7.2f} {rss:7.0f}  {' '.join(text.split())[:110]}", flush=True)
        if status >= 500:
            fail(f"{name}: status {status}")
        if seconds > ANSWER_SECONDS:
            fail(f"{name}: answered in {seconds:.2f} s (limit {ANSWER_SECONDS} s)")
        if not text:
            fail(f"{name}: no message on the page (status {status})")
        elif not re.search(expected, text):
            fail(f"{name}: message does not match /{expected}/: {text}")
        if rss - baseline > RSS_GROWTH_MB:
            fail(f"{name}: RSS {rss:.0f} MB, more than {RSS_GROWTH_MB} MB over the first reading {baseline:.0f} MB")
    print(f"  {len(files)} files; RSS first {baseline:.0f} MB, peak {peak:.0f} MB (+{peak - baseline:.0f} MB)", flush=True)


# -------------------------------------------------------------------------------------------------------------- outage

def outage(office, tokens):
    print("\n## PostgreSQL stopped (immediate) under 11 concurrent submitters, then started again", flush=True)
    departments = sorted(tokens)
    needs = {d: [n for n in SAMPLE["needs"] if n["department"] == d] for d in departments}
    results = {d: [] for d in departments}  # (phase, status, version, retry_after, error)
    phase = {"name": "before"}
    stop = threading.Event()

    def submitter(department):
        client = Client(tokens[department])
        body = {"needs": needs[department]}
        while not stop.is_set():
            current = phase["name"]
            try:
                status, headers, content = client.json("PUT", f"/api/years/{YEAR}/needs", body)
            except Exception as error:  # a refused or reset connection to the service itself
                results[department].append((current, None, None, None, repr(error)))
                time.sleep(0.05)
                continue
            version = json.loads(content).get("version") if status == 200 else None
            retry = headers.get("Retry-After")
            problem = ""
            if status != 200:
                try:
                    problem = json.loads(content).get("detail", "")
                except ValueError:
                    problem = content[:200].decode(errors="replace")
            results[department].append((current, status, version, retry, problem))
            time.sleep(0.02)

    threads = [threading.Thread(target=submitter, args=(d,), daemon=True) for d in departments]
    for thread in threads:
        thread.start()
    time.sleep(3)
    phase["name"] = "down"
    subprocess.run(shlex.split(os.environ["FAULTS_PG_STOP"]), check=True, stdout=subprocess.DEVNULL)
    stopped = time.monotonic()
    time.sleep(5)
    phase["name"] = "restarting"
    for attempt in range(5):
        started = subprocess.run(shlex.split(os.environ["FAULTS_PG_START"]) + ["-o", os.environ["FAULTS_PG_OPTIONS"]], stdout=subprocess.DEVNULL)
        if started.returncode == 0:
            break
        time.sleep(1)  # the killed postmaster's shared memory or port may linger a moment
    else:
        raise RuntimeError("PostgreSQL did not start again")
    down_seconds = time.monotonic() - stopped
    for _ in range(120):
        status, _, _ = office.send("GET", "/health/ready")
        if status == 200:
            break
        time.sleep(0.25)
    phase["name"] = "after"
    time.sleep(3)
    stop.set()
    for thread in threads:
        thread.join(timeout=60)

    acknowledged = failed = other = 0
    by_phase = {}
    for department in departments:
        for current, status, version, retry, problem in results[department]:
            row = by_phase.setdefault(current, {})
            row[status] = row.get(status, 0) + 1
            if status == 200:
                acknowledged += 1
            elif status == 503 and retry:
                failed += 1
                if "not saved" not in problem:
                    fail(f"{department}: a 503 whose detail does not say the data was not saved: {problem}")
            else:
                other += 1
                fail(f"{department}: answered {status} (Retry-After {retry}) in phase {current}: {problem}")
    print(f"  PostgreSQL down for {down_seconds:.1f} s", flush=True)
    for current in ("before", "down", "restarting", "after"):
        print(f"  {current:10} " + ", ".join(f"{k}: {v}" for k, v in sorted(by_phase.get(current, {}).items(), key=lambda kv: str(kv[0]))), flush=True)

    # Every acknowledged version is stored, with what was sent.
    missing = 0
    for department in departments:
        status, _, content = office.send("GET", f"/api/years/{YEAR}/needs?department={department}")
        if status != 200:
            fail(f"{department}: reading its needs after the restart answered {status}")
            continue
        stored = set(json.loads(content)["submissions"][0]["versions"])
        acked = [version for _, status, version, _, _ in results[department] if status == 200]
        if len(acked) != len(set(acked)):
            fail(f"{department}: a version number was acknowledged twice")
        for version in acked:
            if version not in stored:
                missing += 1
                fail(f"{department}: acknowledged version {version} is not stored")
        for version in acked[-3:]:
            status, _, content = office.send("GET", f"/api/years/{YEAR}/needs?department={department}&version={version}")
            got = json.loads(content)["submissions"][0]["needs"] if status == 200 else None
            if got is None or len(got) != len(needs[department]) or [n["id"] for n in got] != [n["id"] for n in needs[department]]:
                fail(f"{department}: version {version} does not hold what was sent")
    print(f"  {acknowledged} acknowledged (all stored: {missing == 0}), {failed} answered 503 with Retry-After, {other} other", flush=True)
    if acknowledged == 0 or failed == 0:
        fail(f"the run did not exercise both outcomes ({acknowledged} acknowledged, {failed} 503)")


def main():
    office = Client(TOKEN)
    register = {k: v for k, v in SAMPLE.items() if k != "needs"}
    status, _, body = office.json("PUT", f"/api/years/{YEAR}/register", register)
    assert status == 200, f"saving the register answered {status}: {body[:500]}"
    tokens = {}
    for department in sorted({n["department"] for n in SAMPLE["needs"]}):
        status, _, body = office.json("POST", "/api/tokens", {"department": department})
        assert status == 200, body
        tokens[department] = json.loads(body)["token"]
    uploads(office, Client(tokens["SCJG"]))
    outage(office, tokens)
    print(f"\n{'FAILED: ' + str(len(failures)) + ' assertion(s)' if failures else 'all assertions held'}", flush=True)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
