/* bantin view counter: records this article's view, then refreshes the baked numbers.
   Loaded with `defer` by partials/site_counter.html; pages read fine without it.
   Counts only ever rise on screen; the day and month figures and "online" are replaced,
   since they legitimately start again at zero. */
(function () {
  "use strict";
  var script = document.currentScript;
  var api = script && script.getAttribute("data-api");
  if (!api || !window.fetch) return;
  api = api.replace(/\/+$/, "");
  var format = new Intl.NumberFormat("vi-VN");

  function show(element, value, onlyUp) {
    if (typeof value !== "number" || !isFinite(value) || value < 0) return;
    var shown = parseInt(element.getAttribute("data-counter-value"), 10);
    if (onlyUp && !isNaN(shown) && value <= shown) return;
    element.setAttribute("data-counter-value", String(value));
    element.textContent = format.format(value);
  }

  function getJSON(url) {
    return fetch(url, { credentials: "omit", cache: "no-store" }).then(function (response) {
      if (!response.ok) throw new Error(response.status);
      return response.json();
    });
  }

  function record(path) {
    var body = JSON.stringify({ path: path });
    // keepalive lets the view be recorded even if the reader leaves at once; the answer
    // tells when it is committed, so the refresh below includes it.
    return fetch(api + "/hit", {
      method: "POST",
      body: body,
      headers: { "Content-Type": "text/plain;charset=UTF-8" },
      credentials: "omit",
      keepalive: true
    }).catch(function () {
      if (navigator.sendBeacon) navigator.sendBeacon(api + "/hit", body);
    });
  }

  function refreshCounts() {
    var boxes = Array.prototype.slice.call(document.querySelectorAll("[data-counter-path]"), 0, 50);
    if (!boxes.length) return;
    var query = boxes.map(function (box) {
      return "path=" + encodeURIComponent(box.getAttribute("data-counter-path"));
    }).join("&");
    getJSON(api + "/counts?" + query).then(function (data) {
      boxes.forEach(function (box) {
        var counted = data.counts && data.counts[box.getAttribute("data-counter-path")];
        var base = parseInt(box.getAttribute("data-counter-base"), 10) || 0;
        var value = box.querySelector("[data-counter-value]");
        if (value && typeof counted === "number") show(value, base + counted, true);
      });
    }).catch(function () {});
  }

  function refreshSite() {
    var block = document.querySelectorAll("[data-counter-site]");
    if (!block.length) return;
    getJSON(api + "/site").then(function (site) {
      Array.prototype.forEach.call(block, function (cell) {
        var name = cell.getAttribute("data-counter-site");
        var base = parseInt(cell.getAttribute("data-counter-base"), 10) || 0;
        if (name === "total") show(cell, base + site.total, true);
        else show(cell, site[name], false);
      });
    }).catch(function () {});
  }

  var here = window.location.pathname;
  var own = Array.prototype.filter.call(document.querySelectorAll("[data-counter-path]"), function (box) {
    var path = box.getAttribute("data-counter-path");
    return here.slice(-path.length) === path;
  })[0];
  var recorded = own ? record(own.getAttribute("data-counter-path")) : Promise.resolve();
  recorded.then(function () {
    refreshCounts();
    refreshSite();
  });
})();
