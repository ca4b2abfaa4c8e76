// The department's rules page (/departments/{code}/rules): as the department types, posts the text to
// POST /api/years/{year}/rules/preview (session cookie; nothing is stored) and redraws the preview table and the
// problems with their JSON paths. Without JavaScript the page's Preview button does the same on the server.
(function () {
  "use strict";
  var area = document.getElementById("rules-json");
  var table = document.getElementById("rules-preview");
  var problems = document.getElementById("rules-problems");
  if (!area || !table || !problems) return;
  var labels = JSON.parse(area.dataset.labels || "{}");
  var number = new Intl.NumberFormat(document.documentElement.lang || "zh-CN");
  var timer = null, sequence = 0;

  function cell(row, text, cls) {
    var td = document.createElement("td");
    td.textContent = text;
    if (cls) td.className = cls;
    row.appendChild(td);
  }

  function asked(s) {
    if (typeof s.ratio === "number") return (s.ratio * 100).toFixed(1) + "%";
    if (typeof s.count === "number") return String(s.count);
    return "100%";
  }

  function showProblems(list) {
    problems.textContent = "";
    if (!list.length) return;
    var p = document.createElement("p");
    p.className = "error";
    p.textContent = (labels.problems || "{0}").replace("{0}", list.length);
    var ul = document.createElement("ul");
    ul.className = "error";
    ul.id = "rules-problem-list";
    list.slice(0, 300).forEach(function (e) {
      var li = document.createElement("li"), code = document.createElement("code");
      code.textContent = e.path;
      li.appendChild(code);
      li.appendChild(document.createTextNode(" " + e.message));
      ul.appendChild(li);
    });
    problems.appendChild(p);
    problems.appendChild(ul);
  }

  function showStrata(view) {
    var body = table.tBodies[0];
    body.textContent = "";
    var bad = {};
    view.problems.forEach(function (e) { var m = /^\$\.rules\[(\d+)\]/.exec(e.path); if (m) bad[m[1]] = true; });
    var expected = 0, checks = 0;
    view.strata.forEach(function (s) {
      var row = body.insertRow();
      row.dataset.rule = s.rule;
      row.dataset.level = s.level;
      if (bad[s.ruleIndex]) row.className = "bad";
      cell(row, s.rule);
      cell(row, s.level === "all" ? labels.all : s.level);
      cell(row, s.method === "fixed" ? labels.fixed : s.method === "sps" ? labels.sps : labels.list);
      cell(row, asked(s), "num");
      cell(row, number.format(s.population), "num population");
      cell(row, number.format(s.expected), "num expected");
      cell(row, String(s.timesPerYear), "num");
      cell(row, number.format(s.checks), "num");
      expected += s.expected;
      checks += s.checks;
    });
    var total = document.getElementById("expected-total");
    if (total) total.textContent = number.format(expected);
    var checksTotal = document.getElementById("checks-total");
    if (checksTotal) checksTotal.textContent = number.format(checks);
  }

  function errorsOf(problem) {
    var list = [];
    var errors = (problem && problem.errors) || {};
    Object.keys(errors).forEach(function (path) { errors[path].forEach(function (m) { list.push({ path: path, message: m }); }); });
    if (!list.length && problem && problem.detail) list.push({ path: "", message: problem.detail });
    return list;
  }

  async function preview() {
    var mine = ++sequence;
    try {
      var response = await fetch("/api/years/" + area.dataset.year + "/rules/preview", {
        method: "POST", credentials: "same-origin", headers: { "Content-Type": "application/json" }, body: area.value,
      });
      var body = await response.json();
      if (mine !== sequence) return;
      if (response.ok) { showProblems(body.problems); showStrata(body); }
      else { showProblems(errorsOf(body)); table.tBodies[0].textContent = ""; }
      var stale = document.getElementById("rules-read-errors");
      if (stale) stale.remove();
      table.dataset.previewed = String(mine);
    } catch (e) { /* offline: the Preview button still works */ }
  }

  area.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(preview, 300);
  });
})();
