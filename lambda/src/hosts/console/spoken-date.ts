/**
 * What Alexa's AMAZON.DATE does for the console, for the few ways people name
 * a day: "today", "tomorrow", "friday", "next tuesday", "december 4th",
 * "the 4th". Alexa sends the day as YYYY-MM-DD; so does this.
 */
export interface DateWords {
  today: readonly string[];
  tomorrow: readonly string[];
  /** Sunday first, as Date.getUTCDay counts. */
  weekdays: readonly string[];
  months: readonly string[];
  /** Words before a weekday that push it to the next week. */
  nextWeek: readonly string[];
  /** Words to pass over: "on", "this", "the", "of". */
  filler: readonly string[];
  /** Ordinal words by day of the month, from the first. */
  ordinals: readonly string[];
}

/** The day `words` name, counted from `today`, or undefined when they name no single day. */
export function spokenDate(words: readonly string[], today: Date, vocabulary: DateWords): string | undefined {
  const said = words.filter((word) => !vocabulary.filler.includes(word));
  const start = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const day = (offset: number) => new Date(start + offset * 86_400_000).toISOString().slice(0, 10);
  const phrase = said.join(' ');
  if (vocabulary.today.includes(phrase)) return day(0);
  if (vocabulary.tomorrow.includes(phrase)) return day(1);
  const pushed = vocabulary.nextWeek.includes(said[0] ?? '');
  const weekday = vocabulary.weekdays.indexOf(pushed ? (said[1] ?? '') : phrase);
  if (weekday >= 0 && said.length === (pushed ? 2 : 1)) {
    const ahead = (weekday - today.getUTCDay() + 7) % 7 || 7;
    return day(ahead + (pushed && ahead < 7 ? 7 : 0));
  }
  return monthDay(said, today, vocabulary);
}

function monthDay(said: readonly string[], today: Date, vocabulary: DateWords): string | undefined {
  let month = vocabulary.months.indexOf(said[0] ?? '');
  const rest = month >= 0 ? said.slice(1) : said.filter((word) => vocabulary.months.indexOf(word) < 0);
  if (month < 0) month = vocabulary.months.findIndex((name) => said.includes(name));
  const dayOfMonth = dayNumber(rest.join(' '), vocabulary);
  if (dayOfMonth === undefined) return undefined;
  const thisYear = today.getUTCFullYear();
  const chosenMonth = month >= 0 ? month : today.getUTCMonth();
  let date = new Date(Date.UTC(thisYear, chosenMonth, dayOfMonth));
  if (date.getUTCMonth() !== chosenMonth) return undefined;
  const startOfToday = Date.UTC(thisYear, today.getUTCMonth(), today.getUTCDate());
  if (date.getTime() < startOfToday) {
    date =
      month >= 0
        ? new Date(Date.UTC(thisYear + 1, chosenMonth, dayOfMonth))
        : new Date(Date.UTC(thisYear, chosenMonth + 1, dayOfMonth));
  }
  return date.toISOString().slice(0, 10);
}

function dayNumber(said: string, vocabulary: DateWords): number | undefined {
  const digits = /^(\d{1,2})(st|nd|rd|th)?$/.exec(said);
  if (digits) {
    const value = Number(digits[1]);
    return value >= 1 && value <= 31 ? value : undefined;
  }
  const ordinal = vocabulary.ordinals.indexOf(said);
  return ordinal >= 0 ? ordinal + 1 : undefined;
}
