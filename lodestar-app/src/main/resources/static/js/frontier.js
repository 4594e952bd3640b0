// Draws a scenario's efficient frontier with ECharts from the data-points attribute of #frontier-chart
// ([[budget level in percent, value or null], ...]); no inline script, so that the Content Security Policy holds.
// Both axes start at zero, so that the height of a step reads as the value it reaches.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var element = document.getElementById('frontier-chart');
    if (!element || typeof echarts === 'undefined') return;
    var points = JSON.parse(element.dataset.points).filter(function (p) { return p[1] !== null; });
    var chart = echarts.init(element);
    chart.setOption({
      animation: false,
      grid: { left: 48, right: 24, top: 24, bottom: 48, containLabel: true },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'value', name: element.dataset.x, nameLocation: 'middle', nameGap: 30, min: 0,
        axisLabel: { formatter: '{value} %' } },
      yAxis: { type: 'value', name: element.dataset.y, nameLocation: 'middle', nameGap: 60, nameRotate: 90, min: 0 },
      series: [{ type: 'line', step: 'end', data: points, symbolSize: 8, itemStyle: { color: '#2f5bd3' } }]
    });
    element.dataset.rendered = 'true';
    window.addEventListener('resize', function () { chart.resize(); });
  });
})();
