// Draws the dashboard's charts with ECharts from the JSON in each chart's data-series attribute (no inline script).
(function () {
  'use strict';
  var COLORS = { green: '#1f7a3f', amber: '#b26a00', red: '#b3261e' };

  function draw(element) {
    var data = JSON.parse(element.getAttribute('data-series'));
    var kind = element.getAttribute('data-chart');
    var chart = window.echarts.init(element, null, { renderer: 'svg' });
    var option;
    if (kind === 'trend') {
      option = {
        tooltip: { trigger: 'axis' }, legend: { data: data.names },
        xAxis: { type: 'category', data: data.labels }, yAxis: { type: 'value', minInterval: 1 },
        series: [
          { name: data.names[0], type: 'bar', stack: 'rag', data: data.green, itemStyle: { color: COLORS.green } },
          { name: data.names[1], type: 'bar', stack: 'rag', data: data.amber, itemStyle: { color: COLORS.amber } },
          { name: data.names[2], type: 'bar', stack: 'rag', data: data.red, itemStyle: { color: COLORS.red } }
        ]
      };
    } else if (kind === 'money') {
      option = {
        tooltip: { trigger: 'axis' }, legend: { data: data.names },
        xAxis: { type: 'category', data: data.labels }, yAxis: { type: 'value' },
        series: [
          { name: data.names[0], type: 'bar', data: data.budget },
          { name: data.names[1], type: 'bar', data: data.actual },
          { name: data.names[2], type: 'bar', data: data.forecast }
        ]
      };
    } else {
      option = {
        tooltip: { trigger: 'axis' },
        xAxis: { type: 'category', data: data.labels }, yAxis: { type: 'value', minInterval: 1 },
        series: [{ type: 'bar', data: data.values, itemStyle: { color: '#2f5bd3' } }]
      };
    }
    chart.setOption(option);
    window.addEventListener('resize', function () { chart.resize(); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (!window.echarts) return;
    document.querySelectorAll('[data-chart]').forEach(draw);
  });
})();
