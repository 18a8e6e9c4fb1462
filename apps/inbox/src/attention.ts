/**
 * Gets the agent's attention for a new chat offer: a short tone (Web Audio, no file to load)
 * and the tab title flashing until the window has focus again.
 */
export class OfferAttention {
  private flashing: ReturnType<typeof setInterval> | null = null;
  private readonly baseTitle = document.title;
  private audio: AudioContext | null = null;

  constructor() {
    window.addEventListener('focus', () => this.stopFlash());
  }

  announce(text: string): void {
    this.beep();
    if (this.flashing) return;
    let on = false;
    this.flashing = setInterval(() => {
      on = !on;
      document.title = on ? `● ${text}` : this.baseTitle;
    }, 1000);
    document.title = `● ${text}`;
    if (document.hasFocus()) setTimeout(() => this.stopFlash(), 6000);
  }

  stopFlash(): void {
    if (this.flashing) clearInterval(this.flashing);
    this.flashing = null;
    document.title = this.baseTitle;
  }

  private beep(): void {
    try {
      this.audio ??= new AudioContext();
      const oscillator = this.audio.createOscillator();
      const gain = this.audio.createGain();
      oscillator.frequency.value = 880;
      gain.gain.setValueAtTime(0.15, this.audio.currentTime);
      gain.gain.exponentialRampToValueAtTime(0.001, this.audio.currentTime + 0.4);
      oscillator.connect(gain).connect(this.audio.destination);
      oscillator.start();
      oscillator.stop(this.audio.currentTime + 0.4);
    } catch {
      // no audio output (or autoplay blocked): the title still flashes
    }
  }
}
