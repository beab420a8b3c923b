import { PDFParse } from "pdf-parse";
import { readFileSync } from "node:fs";
const p = new PDFParse({ data: new Uint8Array(readFileSync(process.argv[2])) });
const r = await p.getText();
r.pages.forEach((pg, i) => {
  const lines = pg.text.split("\n");
  for (let k = 1; k < lines.length; k++) {
    const w = lines[k].split(" ")[0];
    if (/^[a-z]{6,}[,.;:]?$/.test(w) && lines[k-1].length > 60 && lines[k-1].length < 92) console.log(`p${i+1}: …${lines[k-1].slice(-30)} | ${w}`);
  }
});
await p.destroy();
