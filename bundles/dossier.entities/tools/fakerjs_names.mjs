// Prints the first names and last names of every locale of @faker-js/faker (MIT), unpacked at argv[2], as JSON
// { locale: { first: [...], last: [...] } } for fakerjs_names.py.
const root = process.argv[2];
const m = await import(root + '/dist/index.js');
const flat = x => x == null ? [] : Array.isArray(x) ? x : Object.values(x).flat();
const out = {};
for (const [name, def] of Object.entries(m.allLocales)) {
  const p = def.person;
  if (p) {
    out[name] = { first: [...new Set(flat(p.first_name))], last: [...new Set(flat(p.last_name))] };
  }
}
process.stdout.write(JSON.stringify(out));
