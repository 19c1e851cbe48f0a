import { createLogger } from '@vigil/common';
import type { ReplayCollector, SensorOptions } from '../src/index.js';
import { MemoryOutput, Sensor } from '../src/index.js';

/**
 * Replays `file` at full speed through a sensor writing into memory, to the file's end, and stops
 * the sensor: what it output, and the replay collector (for what it rejected).
 */
export async function replayToEnd(
  file: string,
  options: Partial<SensorOptions> = {},
): Promise<{ output: MemoryOutput; replay: ReplayCollector }> {
  const output = new MemoryOutput();
  const sensor = new Sensor({
    output,
    logger: createLogger({ level: 'silent' }),
    collectors: ['replay'],
    replay: { file, speed: 'full' },
    ...options,
  });
  await sensor.start();
  const replay = sensor.collector('replay') as ReplayCollector;
  await replay.done;
  await sensor.stop();
  return { output, replay };
}
