/**
 * A fixed single-threaded CPU workload (float math and array writes, no allocation in the
 * loop): its wall time, taken at the start and end of a run and around every section, shows
 * whether the machine slowed down (other processes, thermal limits) while the bench ran.
 * Returns the median of `rounds` timings, in ms.
 */
export function calibrate(rounds = 3): number {
  const buffer = new Float64Array(4096);
  const times: number[] = [];
  let sink = 0;
  for (let round = 0; round < rounds; round++) {
    const started = performance.now();
    for (let i = 0; i < 20_000_000; i++) {
      const slot = i & 4095;
      buffer[slot] = (buffer[slot] ?? 0) * 0.999 + Math.sqrt(i);
    }
    sink += buffer[7] ?? 0;
    times.push(performance.now() - started);
  }
  if (sink === -1) console.log(sink); // keeps the loop from being optimised away
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}
