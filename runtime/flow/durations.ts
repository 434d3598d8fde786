/** ISO 8601 durations without years or months (the schema forbids them: they have no fixed length). */
const DURATION = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

export function durationMs(iso: string): number {
  const m = DURATION.exec(iso);
  if (!m) throw new RangeError(`'${iso}' is not an ISO 8601 duration of weeks, days, hours, minutes and seconds`);
  const [w, d, h, mi, s] = m.slice(1).map((x) => Number(x ?? 0)) as [number, number, number, number, number];
  return ((((w * 7 + d) * 24 + h) * 60 + mi) * 60 + s) * 1000;
}
