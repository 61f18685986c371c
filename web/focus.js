// Where focus goes once the page has re-rendered after an action (the control that caused it is often rebuilt): a
// part says it with focusAfterRender before navigating, and the page calls restoreFocus when the results are drawn.

let pending = null;

/**
 * @param target {facet, value} a facet checkbox; {more} a facet's "Show all"; {chips} the first chip (or the
 *               search box); {input} the search box; {region} the results region, scrolled into view
 */
export function focusAfterRender(target) {
  pending = target;
}

export function restoreFocus() {
  const target = pending;
  pending = null;
  if (!target) return;
  const region = document.getElementById('results-region');
  const q = document.getElementById('q');
  let node = null;
  if (target.facet) {
    node = [...document.querySelectorAll(`input[data-facet="${target.facet}"]`)].find((i) => i.value === target.value);
  } else if (target.more) {
    node = document.querySelector(`.facet-more[data-facet="${target.more}"]`);
  } else if (target.chips) {
    node = document.querySelector('#chips .chip') ?? q;
  } else if (target.input) {
    node = q;
  } else if (target.region) {
    node = region;
    region.scrollIntoView({ block: 'start' });
  }
  node?.focus({ preventScroll: !target.region });
}
