import { PDFParse } from "pdf-parse";
import { readFileSync } from "node:fs";
const buf = readFileSync(process.argv[2]);
const p = new PDFParse({ data: new Uint8Array(buf) });
const r = await p.getText();
const info = await p.getInfo();
console.log(JSON.stringify(info.info));
r.pages.forEach((pg, i) => { console.log(`===== page ${i+1}`); console.log(pg.text); });
await p.destroy();
