// Filters for the report page: show or hide findings by severity and status. No network.
(function () {
  "use strict";
  var errors = [];
  window.addEventListener("error", function (event) {
    errors.push(String(event.message || event));
  });

  var panel = document.getElementById("filters");
  if (!panel) { return; }
  panel.hidden = false;
  var boxes = panel.querySelectorAll("input[data-filter]");
  var onlyMarked = document.getElementById("only-with-findings");
  var counter = document.getElementById("shown-count");

  function wanted(kind) {
    var keep = {};
    boxes.forEach(function (box) {
      if (box.dataset.filter === kind && box.checked) { keep[box.value] = true; }
    });
    return keep;
  }

  function apply() {
    var severities = wanted("severity");
    var statuses = wanted("status");
    var shownIds = {};
    document.querySelectorAll("[data-finding]").forEach(function (node) {
      var show = !!severities[node.dataset.severity] && !!statuses[node.dataset.status];
      node.hidden = !show;
      if (show) { shownIds[node.dataset.finding] = true; }
    });
    document.querySelectorAll("section.topic").forEach(function (section) {
      var ids = (section.dataset.findings || "").split(" ").filter(Boolean);
      var marked = ids.some(function (id) { return shownIds[id]; });
      section.classList.toggle("marked", marked);
      section.hidden = onlyMarked.checked && !marked;
    });
    var total = document.querySelectorAll("#finding-list [data-finding]").length;
    var shown = Object.keys(shownIds).length;
    counter.textContent = "Showing " + shown + " of " + total + " findings";
  }

  boxes.forEach(function (box) { box.addEventListener("change", apply); });
  onlyMarked.addEventListener("change", apply);
  apply();

  // Self-test for the browser test: drive the filters and record what the page shows.
  if (window.location.hash !== "#selftest") { return; }
  function visible(selector) {
    return Array.prototype.filter.call(document.querySelectorAll(selector), function (n) {
      return n.getClientRects().length > 0;
    }).length;
  }
  function setAll(kind, value, checked) {
    boxes.forEach(function (box) {
      if (box.dataset.filter === kind && (value === null || box.value === value)) {
        box.checked = checked;
      }
    });
    apply();
  }
  var result = { initial: visible(".finding"), steps: {} };
  ["error", "warning", "info"].forEach(function (level) {
    setAll("severity", level, false);
    result.steps["without-" + level] = visible(".finding");
    setAll("severity", level, true);
  });
  setAll("status", null, false);
  setAll("status", "new", true);
  result.steps["only-new"] = visible(".finding");
  setAll("status", null, true);
  setAll("severity", "info", false);
  onlyMarked.checked = true;
  apply();
  result.steps["topics-without-info"] = visible("section.topic");
  onlyMarked.checked = false;
  setAll("severity", "info", true);
  result.restored = visible(".finding");
  result.topics = visible("section.topic");
  result.errors = errors;
  var out = document.createElement("pre");
  out.id = "selftest-result";
  out.textContent = JSON.stringify(result);
  document.body.appendChild(out);
})();
