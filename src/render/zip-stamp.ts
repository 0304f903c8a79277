// The same data give the same bytes: every entry of a finished zip (an .xlsx) is dated alike.
// exceljs' streaming writer has archiver stamp each entry with the clock's time, the first ones
// while it is being constructed, before any option could reach them; the dates sit at fixed
// places in each local header and in the central directory, so they are set there afterwards,
// in place (no entry is read or rewritten). Zip64 archives are left as they are.
import { closeSync, fstatSync, openSync, readSync, writeSync } from 'node:fs';

/** DOS time and date of `d` (its UTC fields, as JSZip does for the docx). */
function dos(d: Date): [number, number] {
  const time = (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | Math.floor(d.getUTCSeconds() / 2);
  const date = ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate();
  return [time, date];
}

/** Date every entry of the zip file at `path` `date`. Returns false for what is not a plain zip. */
export function stampZip(path: string, date: Date): boolean {
  const fd = openSync(path, 'r+');
  try {
    const size = fstatSync(fd).size;
    const tail = Buffer.alloc(Math.min(size, 65557));
    readSync(fd, tail, 0, tail.length, size - tail.length);
    let eocd = tail.length - 22;
    while (eocd >= 0 && tail.readUInt32LE(eocd) !== 0x06054b50) eocd--;
    if (eocd < 0) return false;
    const count = tail.readUInt16LE(eocd + 10), cdSize = tail.readUInt32LE(eocd + 12), cdOffset = tail.readUInt32LE(eocd + 16);
    if (count === 0xffff || cdOffset === 0xffffffff) return false;
    const cd = Buffer.alloc(cdSize);
    readSync(fd, cd, 0, cdSize, cdOffset);
    const [time, day] = dos(date);
    const stamp = Buffer.alloc(4);
    stamp.writeUInt16LE(time, 0);
    stamp.writeUInt16LE(day, 2);
    for (let p = 0, i = 0; i < count; i++) {
      if (cd.readUInt32LE(p) !== 0x02014b50) return false;
      stamp.copy(cd, p + 12);
      writeSync(fd, stamp, 0, 4, cd.readUInt32LE(p + 42) + 10);
      p += 46 + cd.readUInt16LE(p + 28) + cd.readUInt16LE(p + 30) + cd.readUInt16LE(p + 32);
    }
    writeSync(fd, cd, 0, cdSize, cdOffset);
    return true;
  } finally {
    closeSync(fd);
  }
}
