// Chart.js with only what the stats panel draws (tree-shaken), styled for a dark wall read from afar.
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  Legend,
  LinearScale,
} from 'chart.js';

let ready = false;

/** Registers the parts once and sets sizes from the screen's height, so 1080p and 4K read alike. */
export function setUpCharts(language: string): typeof Chart {
  if (!ready) {
    Chart.register(BarController, BarElement, CategoryScale, LinearScale, DoughnutController, ArcElement, Legend);
    ready = true;
  }
  // Axis numbers in the wall's language ("1 500", not "1,500").
  Chart.defaults.locale = language;
  Chart.defaults.color = '#c3cad8';
  Chart.defaults.borderColor = 'rgba(255, 255, 255, 0.08)';
  Chart.defaults.font.family = "system-ui, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif";
  Chart.defaults.font.size = Math.max(12, Math.round(window.innerHeight / 56));
  // Nothing to hover on a kiosk; a calm update animation when figures change.
  Chart.defaults.events = [];
  // Set field by field: replacing the whole defaults object drops Chart.js's own animation settings, and
  // its animator then throws "this._fn is not a function" in the middle of an update.
  const animation = Chart.defaults.animation;
  if (animation) {
    animation.duration = 900;
    animation.easing = 'easeOutQuart';
  }
  return Chart;
}
