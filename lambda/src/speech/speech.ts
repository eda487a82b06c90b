import { inVoice } from './ssml.ts';

/** A line in two renderings: SSML with user words escaped, and plain text for cards and screens. */
export interface Line {
  ssml: string;
  text: string;
}

export type Speaker = 'coach' | 'interviewer';

/** A turn's speech, built from lines in order; keeps who said what for the console and screens. */
export class Speech {
  private readonly parts: { speaker: Speaker; line: Line }[] = [];

  constructor(private readonly interviewerVoiceName: string) {}

  coach(...lines: (Line | undefined)[]): this {
    for (const line of lines) if (line && line.text !== '') this.parts.push({ speaker: 'coach', line });
    return this;
  }

  interviewer(...lines: (Line | undefined)[]): this {
    for (const line of lines) if (line && line.text !== '') this.parts.push({ speaker: 'interviewer', line });
    return this;
  }

  /** Consecutive lines of one speaker share one voice element. */
  ssml(): string {
    const out: string[] = [];
    let i = 0;
    while (i < this.parts.length) {
      const speaker = this.parts[i]?.speaker;
      const run: string[] = [];
      while (i < this.parts.length && this.parts[i]?.speaker === speaker) {
        run.push(this.parts[i]?.line.ssml ?? '');
        i += 1;
      }
      const joined = run.join(' ');
      out.push(speaker === 'interviewer' ? inVoice(this.interviewerVoiceName, joined) : joined);
    }
    return out.join(' ');
  }

  text(speaker?: Speaker): string {
    return this.parts
      .filter((part) => speaker === undefined || part.speaker === speaker)
      .map((part) => part.line.text)
      .join(' ');
  }
}
