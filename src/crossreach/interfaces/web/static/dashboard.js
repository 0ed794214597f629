// Draws every chart of the page from its data-figure JSON (built by crossreach.interfaces.web.charts)
// and follows a clicked mark to the page it names: a fact's sources or an entity.
"use strict";

function followLink(event) {
  const point = event.points && event.points[0];
  const url = point && point.customdata;
  // Only paths on this server: never another origin, never a scheme.
  if (typeof url === "string" && url.startsWith("/") && !url.startsWith("//")) {
    window.location.assign(url);
  }
}

document.addEventListener("DOMContentLoaded", () => {
  for (const element of document.querySelectorAll(".chart[data-figure]")) {
    const figure = JSON.parse(element.dataset.figure);
    Plotly.newPlot(element, figure.data, figure.layout, {
      displaylogo: false, responsive: true, modeBarButtonsToRemove: ["lasso2d", "select2d"],
    }).then(() => { element.dataset.ready = "true"; });
    element.on("plotly_click", followLink);
  }
});
