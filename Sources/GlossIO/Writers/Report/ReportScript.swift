/// The report's script, inlined in its one executable `<script>` element (allowed by hash in the page's
/// Content-Security-Policy, so no other inline script or event-handler attribute can run).
///
/// Documents sit in the page as inert `<script type="text/x-gloss-doc">` blocks whose text is finished,
/// escaped markup. The script lists them a page at a time from their `data-` attributes, turns one block
/// into elements when the reader opens it (`#N` in the address), filters on title, id, source, speakers,
/// entity names and errors, ties quotes to their speakers on hover, and toggles sentence boundaries and
/// entity labels. It never builds markup from strings itself: list items are made with `textContent`.
/// On load it logs one `gloss-report:` line with timings (read by tools/report-load-test.sh).
enum ReportScript {
    static let javascript = #"""
(function () {
  "use strict";
  var started = performance.now();
  function byId(id) { return document.getElementById(id); }
  var blocks = byId("docs").children;
  var total = blocks.length;
  var view = byId("view"), list = byId("list"), overview = byId("overview");
  var filterBox = byId("filter"), errorsOnly = byId("errors-only");
  var baseTitle = document.title;
  var PAGE = 100, page = 0, matches = null, current = -1, haystack = null, timer = 0, lit = [];

  function size() { return matches ? matches.length : total; }
  function at(k) { return matches ? matches[k] : k; }
  function attr(i, name) { return blocks[i].getAttribute(name) || ""; }
  function position(i) { return matches ? matches.indexOf(i) : i; }

  function listItem(i) {
    var li = document.createElement("li");
    var a = document.createElement("a");
    a.href = "#" + (i + 1);
    if (i === current) a.className = "cur";
    var t = document.createElement("span");
    t.className = "t";
    t.textContent = attr(i, "data-t");
    var m = document.createElement("span");
    m.className = "m";
    var s = attr(i, "data-s");
    m.textContent = (s ? s + " \u00b7 " : "") + attr(i, "data-ne") + " entities \u00b7 " + attr(i, "data-nq") + " quotes";
    a.appendChild(t);
    a.appendChild(m);
    if (blocks[i].hasAttribute("data-err")) {
      var e = document.createElement("span");
      e.className = "bad";
      e.textContent = "error";
      a.appendChild(e);
    }
    li.appendChild(a);
    return li;
  }

  function renderList() {
    var n = size(), pages = Math.max(1, Math.ceil(n / PAGE));
    page = Math.min(Math.max(page, 0), pages - 1);
    var fragment = document.createDocumentFragment();
    var end = Math.min(n, (page + 1) * PAGE);
    for (var k = page * PAGE; k < end; k++) fragment.appendChild(listItem(at(k)));
    list.replaceChildren(fragment);
    // Keep the open document's entry in sight in the list (scrolling the list only, not the page).
    var here = list.querySelector("a.cur"), nav = list.parentNode;
    if (here && (here.offsetTop < nav.scrollTop || here.offsetTop > nav.scrollTop + nav.clientHeight - 60)) {
      nav.scrollTop = here.offsetTop - nav.clientHeight / 3;
    }
    byId("count").textContent = matches ? n + " of " + total + " documents match" : total + (total === 1 ? " document" : " documents");
    byId("page").textContent = n ? "page " + (page + 1) + " of " + pages : "";
    byId("prev").disabled = page === 0;
    byId("next").disabled = page >= pages - 1;
  }

  function show(i) {
    var t0 = performance.now();
    current = i;
    lit = [];
    view.innerHTML = blocks[i].textContent;
    window.scrollTo(0, 0);
    document.title = attr(i, "data-t") + " \u2014 " + baseTitle;
    var k = position(i);
    if (k >= 0) page = Math.floor(k / PAGE);
    renderList();
    return performance.now() - t0;
  }

  function showOverview() {
    current = -1;
    lit = [];
    view.replaceChildren(overview);
    document.title = baseTitle;
    renderList();
  }

  function route() {
    var hash = location.hash.slice(1);
    if (hash.indexOf("q=") === 0) {
      // #q=WORDS: the list filtered on WORDS (a link to "every document quoting X").
      filterBox.value = decodeURIComponent(hash.slice(2));
      var took = applyFilter();
      console.info("gloss-report: filter matched " + size() + " of " + total + " documents in " + took.toFixed(1) + " ms");
      if (current < 0) showOverview();
      return 0;
    }
    var n = /^[0-9]+$/.test(hash) ? parseInt(hash, 10) : 0;
    if (n >= 1 && n <= total) return show(n - 1);
    if (hash === "" && total === 1) return show(0);
    showOverview();
    return 0;
  }

  function applyFilter() {
    var t0 = performance.now();
    var q = filterBox.value.trim().toLowerCase(), errors = errorsOnly.checked;
    if (!q && !errors) {
      matches = null;
    } else {
      if (q && !haystack) {
        haystack = new Array(total);
        for (var i = 0; i < total; i++) {
          var b = blocks[i];
          haystack[i] = [b.getAttribute("data-t"), b.getAttribute("data-id"), b.getAttribute("data-s"),
            b.getAttribute("data-sp"), b.getAttribute("data-n"), b.getAttribute("data-err")].join("\n").toLowerCase();
        }
      }
      matches = [];
      for (var j = 0; j < total; j++) {
        if (errors && !blocks[j].hasAttribute("data-err")) continue;
        if (q && haystack[j].indexOf(q) < 0) continue;
        matches.push(j);
      }
    }
    page = 0;
    renderList();
    return performance.now() - t0;
  }

  function light(element) {
    for (var i = 0; i < lit.length; i++) lit[i].classList.remove("hl");
    lit = [];
    if (!element) return;
    var ids = element.getAttribute("data-q").split(" ");
    for (var j = 0; j < ids.length; j++) {
      if (!/^[0-9]+$/.test(ids[j])) continue;
      var found = view.querySelectorAll('[data-q~="' + ids[j] + '"]');
      for (var k = 0; k < found.length; k++) {
        found[k].classList.add("hl");
        lit.push(found[k]);
      }
    }
  }

  filterBox.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(applyFilter, 120);
  });
  errorsOnly.addEventListener("change", applyFilter);
  byId("prev").addEventListener("click", function () { page -= 1; renderList(); });
  byId("next").addEventListener("click", function () { page += 1; renderList(); });
  byId("show-s").addEventListener("change", function () { document.body.classList.toggle("show-s", this.checked); });
  byId("show-l").addEventListener("change", function () { document.body.classList.toggle("labels", this.checked); });
  overview.addEventListener("click", function (event) {
    var button = event.target.closest("[data-f]");
    if (!button) return;
    filterBox.value = button.getAttribute("data-f");
    applyFilter();
  });
  view.addEventListener("mouseover", function (event) {
    var target = event.target.closest(".txt [data-q], .who [data-q]");
    if (target && !target.title && target.closest(".txt")) {
      // The tooltip of a quote or speaker mention is its "who said what" item, looked up on first hover
      // rather than repeated in every tag of the file.
      var item = view.querySelector('.who li[data-q="' + target.getAttribute("data-q").split(" ")[0] + '"]');
      if (item) target.title = item.textContent;
    }
    light(target);
  });
  view.addEventListener("click", function (event) {
    var item = event.target.closest(".who li[data-q]");
    if (!item) return;
    var quote = view.querySelector('.txt .q[data-q="' + item.getAttribute("data-q") + '"]');
    if (quote) quote.scrollIntoView({ block: "center", behavior: "smooth" });
  });
  document.addEventListener("keydown", function (event) {
    if (event.target && event.target.tagName === "INPUT") return;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === "j" || event.key === "k") {
      var n = size();
      if (!n) return;
      var k = current < 0 ? -1 : position(current);
      k += event.key === "j" ? 1 : -1;
      if (k >= 0 && k < n) location.hash = "#" + (at(k) + 1);
    } else if (event.key === "s") {
      byId("show-s").click();
    } else if (event.key === "o") {
      location.hash = "#overview";
    }
  });
  window.addEventListener("hashchange", route);

  // The overview sits after the documents in the file (its counts are known only at the end) and is shown
  // on top by the style sheet until now; from here on it lives in the view, in place of a document.
  overview.remove();
  document.body.classList.toggle("labels", byId("show-l").checked);
  document.body.classList.toggle("show-s", byId("show-s").checked);
  byId("total").textContent = total + (total === 1 ? " document" : " documents");
  var shown = route();
  var ready = performance.now();
  console.info("gloss-report: " + total + " documents; script started at " + started.toFixed(0) +
    " ms, ready at " + ready.toFixed(0) + " ms; first view rendered in " + shown.toFixed(1) + " ms");
})();
"""#
}
