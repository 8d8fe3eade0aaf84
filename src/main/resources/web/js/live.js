// Live: new and updated events from /api/stream (server-sent events) join the map as they are
// stored, without reloading. A toggle turns the stream on and off; a counter says how many came.
// Event fields are untrusted (they quote articles): they reach the page only as text nodes.

export class Live {
  /** `onEvent(e)` draws one event; `counter` shows how many arrived since the page opened. */
  constructor({ toggle, counter, onEvent }) {
    this.toggle = toggle;
    this.counter = counter;
    this.onEvent = onEvent;
    this.count = 0;
    this.source = null;
    toggle.addEventListener('change', () => (toggle.checked ? this.open() : this.close()));
    if (toggle.checked) this.open();
  }

  open() {
    if (this.source || typeof EventSource === 'undefined') return;
    this.source = new EventSource('api/stream');
    this.source.addEventListener('open', () => { document.body.dataset.live = 'open'; this.render(); });
    this.source.addEventListener('error', () => { document.body.dataset.live = 'reconnecting'; this.render(); });
    this.source.addEventListener('event', (message) => {
      let e;
      try {
        e = JSON.parse(message.data);
      } catch (err) {
        return; // a frame cut by a dropped connection: the browser reconnects and resumes
      }
      if (!e || typeof e.id !== 'string') return;
      this.count++;
      this.render();
      this.onEvent(e);
    });
  }

  close() {
    if (this.source) this.source.close();
    this.source = null;
    document.body.dataset.live = 'off';
    this.render();
  }

  render() {
    const state = this.source ? (document.body.dataset.live === 'open' ? '' : ' (connecting)') : ' (off)';
    this.counter.textContent = `${this.count} new${state}`;
    this.counter.dataset.count = String(this.count);
  }
}
