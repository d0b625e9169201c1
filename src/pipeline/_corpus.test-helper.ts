/** Generated test articles: realistic length, each distinct, written for these tests. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PLACES = ['Port Velin', 'Saran', 'Kettle Bay', 'Orvo', 'Lind Harbour', 'Maret'];
const PEOPLE = ['Ana Brisk', 'Tomas Veld', 'Irena Holm', 'Piet Sorel', 'Lea Marr', 'Odo Kante'];

export function articleText(i: number): string {
  const place = PLACES[i % PLACES.length];
  const person = PEOPLE[(i * 7) % PEOPLE.length];
  const paras = [
    `${place}, June ${(i % 27) + 1} — Delegates met on Wednesday in ${place} to discuss harbour fees, the ${i}th round of talks this season.`,
    `"We have come a long way, but item ${i} is still open," ${person} told reporters after a meeting that lasted ${(i % 5) + 1} hours.`,
    `The agreement would cut fees by ${(i % 40) + 5} percent for ships under ${(i % 9) + 1},000 tonnes, according to a draft seen by the Velin Courier.`,
    `Officials said a final text could be signed in ${['April', 'May', 'June', 'July'][i % 4]}, although several points remained disputed.`,
  ];
  return paras.join('\n\n');
}

export function writeCorpus(dir: string, count: number, from = 0): string[] {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (let i = from; i < from + count; i++) {
    const file = join(dir, `article-${String(i).padStart(4, '0')}.txt`);
    writeFileSync(file, articleText(i));
    files.push(file);
  }
  return files;
}
