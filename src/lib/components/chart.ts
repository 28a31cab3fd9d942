import {
	BarController,
	BarElement,
	CategoryScale,
	Chart,
	Filler,
	Legend,
	LinearScale,
	LineController,
	LineElement,
	PointElement,
	Tooltip,
	type ChartConfiguration
} from 'chart.js';
import annotationPlugin from 'chartjs-plugin-annotation';
import type { Attachment } from 'svelte/attachments';

/** Only the Chart.js pieces the dashboard draws, registered once. */
Chart.register(
	BarController,
	BarElement,
	CategoryScale,
	LinearScale,
	LineController,
	LineElement,
	PointElement,
	Filler,
	Legend,
	Tooltip,
	annotationPlugin
);
Chart.defaults.font.family = "'Sarabun', 'Loma', sans-serif";
Chart.defaults.font.size = 13;
Chart.defaults.color = '#1b2430';

/**
 * `{@attach chart(config)}` on a <canvas>: draws the chart, and destroys it when the canvas goes
 * away or the configuration changes. Printing redraws at paper size.
 */
export function chart(config: ChartConfiguration): Attachment<HTMLCanvasElement> {
	return (canvas) => {
		const instance = new Chart(canvas, config);
		const resize = () => instance.resize();
		window.addEventListener('beforeprint', resize);
		return () => {
			window.removeEventListener('beforeprint', resize);
			instance.destroy();
		};
	};
}
