// Draws the dashboard's charts with ECharts from the JSON in each chart's data-series attribute (no inline script).
(function () {
  'use strict';
  var COLORS = { green: '#1f7a3f', amber: '#b26a00', red: '#b3261e' };

  // Every category label shown (ECharts skips those it finds crowded), turned when there are many of them; the
  // grid holds its labels, so that the plot fills the card and long amounts are not cut off.
  var DAY = new Intl.DateTimeFormat(document.documentElement.lang || undefined,
    { month: 'short', day: 'numeric', timeZone: 'UTC' });
  function categories(labels) {
    labels = labels.map(function (label) {  // ISO days (the trend's weeks) read as short dates
      return /^\d{4}-\d{2}-\d{2}$/.test(label) ? DAY.format(new Date(label + 'T00:00:00Z')) : label;
    });
    return { type: 'category', data: labels,
      axisLabel: { interval: 0, rotate: labels.length > 6 ? 40 : 0, hideOverlap: false } };
  }
  var GRID = { left: 8, right: 8, top: 40, bottom: 8, containLabel: true };
  var COMPACT = new Intl.NumberFormat(document.documentElement.lang || undefined, { notation: 'compact' });

  function draw(element) {
    var data = JSON.parse(element.getAttribute('data-series'));
    var kind = element.getAttribute('data-chart');
    var chart = window.echarts.init(element, null, { renderer: 'svg' });
    var option;
    if (kind === 'trend') {
      option = {
        grid: GRID, tooltip: { trigger: 'axis' }, legend: { data: data.names },
        xAxis: categories(data.labels), yAxis: { type: 'value', minInterval: 1 },
        series: [
          { name: data.names[0], type: 'bar', stack: 'rag', data: data.green, itemStyle: { color: COLORS.green } },
          { name: data.names[1], type: 'bar', stack: 'rag', data: data.amber, itemStyle: { color: COLORS.amber } },
          { name: data.names[2], type: 'bar', stack: 'rag', data: data.red, itemStyle: { color: COLORS.red } }
        ]
      };
    } else if (kind === 'money') {
      option = {
        grid: GRID, tooltip: { trigger: 'axis' }, legend: { data: data.names },
        xAxis: categories(data.labels),
        yAxis: { type: 'value', axisLabel: { formatter: function (v) { return COMPACT.format(v); } } },
        series: [
          { name: data.names[0], type: 'bar', data: data.budget },
          { name: data.names[1], type: 'bar', data: data.actual },
          { name: data.names[2], type: 'bar', data: data.forecast }
        ]
      };
    } else {
      option = {
        grid: GRID, tooltip: { trigger: 'axis' },
        xAxis: categories(data.labels), yAxis: { type: 'value', minInterval: 1 },
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
