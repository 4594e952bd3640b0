// Draws a scenario's efficient frontier with ECharts from the data-points attribute of #frontier-chart
// ([[budget, value or null], ...]); no inline script, so that the Content Security Policy holds.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var element = document.getElementById('frontier-chart');
    if (!element || typeof echarts === 'undefined') return;
    var points = JSON.parse(element.dataset.points).filter(function (p) { return p[1] !== null; });
    var chart = echarts.init(element);
    chart.setOption({
      animation: false,
      grid: { left: 80, right: 30, top: 20, bottom: 50 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'value', name: element.dataset.x, nameLocation: 'middle', nameGap: 30, scale: true },
      yAxis: { type: 'value', name: element.dataset.y, scale: true },
      series: [{ type: 'line', step: 'end', data: points, symbolSize: 8, itemStyle: { color: '#2f5bd3' } }]
    });
    element.dataset.rendered = 'true';
    window.addEventListener('resize', function () { chart.resize(); });
  });
})();
