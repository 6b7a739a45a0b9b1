// The demo's event log and command buttons (embed-demo.html).
const log = document.querySelector('.log');
const say = (line) => {
  const row = document.createElement('div');
  row.textContent = line;
  log.prepend(row);
};
const names = ['journey-map:ready', 'journey-map:step', 'journey-map:complete', 'journey-map:cta'];
for (const name of names)
  document.addEventListener(name, (event) =>
    say(`element ${name} ${JSON.stringify(event.detail)}`),
  );
addEventListener('message', (event) => {
  const data = event.data;
  if (data && typeof data.type === 'string' && data.type.startsWith('journey-map:'))
    say(`iframe ${data.type} ${JSON.stringify(data)}`);
});
const element = document.getElementById('demo-element');
for (const button of document.querySelectorAll('[data-command]'))
  button.addEventListener('click', () => {
    const command = button.dataset.command;
    if (command === 'joseph') element.go('joseph', 0);
    else element[command]();
  });
