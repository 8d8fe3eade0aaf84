// The time slider: one step per day between the first and last stored event, a play button that
// plays the war forward (about a minute for the whole span), and the chosen date shown as text.

import { addDays, daysBetween } from './dates.js';

const TICK_MS = 200;
const TICKS_FOR_WHOLE_SPAN = 300;

export class Timeline {
  constructor({ slider, label, play, minLabel, maxLabel, onChange }) {
    Object.assign(this, { slider, label, play, minLabel, maxLabel, onChange });
    this.min = null;
    this.timer = null;
    slider.addEventListener('input', () => this.changed());
    play.addEventListener('click', () => (this.timer ? this.pause() : this.start()));
  }

  setRange(min, max, day = max) {
    this.min = min;
    this.slider.min = 0;
    this.slider.max = Math.max(0, daysBetween(min, max));
    this.slider.step = 1;
    this.slider.disabled = false;
    this.play.disabled = false;
    this.minLabel.textContent = min;
    this.maxLabel.textContent = max;
    this.setDay(day);
  }

  day() {
    return addDays(this.min, Number(this.slider.value));
  }

  /** The last day the slider reaches. */
  maxDay() {
    return addDays(this.min, Number(this.slider.max));
  }

  setDay(iso) {
    this.slider.value = Math.min(Number(this.slider.max), Math.max(0, daysBetween(this.min, iso)));
    this.changed();
  }

  changed() {
    const day = this.day();
    this.label.textContent = day;
    this.label.dateTime = day;
    this.slider.setAttribute('aria-valuetext', day);
    this.onChange(day);
  }

  start() {
    const max = Number(this.slider.max);
    if (Number(this.slider.value) >= max) this.slider.value = 0; // at the end: play from the start
    const step = Math.max(1, Math.round(max / TICKS_FOR_WHOLE_SPAN));
    this.play.textContent = 'Pause';
    this.play.setAttribute('aria-pressed', 'true');
    this.timer = setInterval(() => {
      const next = Math.min(max, Number(this.slider.value) + step);
      this.slider.value = next;
      this.changed();
      if (next >= max) this.pause();
    }, TICK_MS);
  }

  pause() {
    clearInterval(this.timer);
    this.timer = null;
    this.play.textContent = 'Play';
    this.play.setAttribute('aria-pressed', 'false');
  }
}
