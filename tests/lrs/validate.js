// validate.js: checks xAPI statements with Learning Locker's validator
// (npm xapi-validation): `node validate.js FILE` where FILE holds a JSON
// array of statements. Prints one line per problem ("statement N (id):
// warning") and a closing count; exits 1 when any statement has a problem.
'use strict';
const fs = require('fs');
const validate = require('xapi-validation').default;

const path = process.argv[2];
if (!path) {
  console.error('usage: node validate.js STATEMENTS.json');
  process.exit(2);
}
const statements = JSON.parse(fs.readFileSync(path, 'utf8'));
if (!Array.isArray(statements) || statements.length === 0) {
  console.error(`${path}: want a non-empty array of statements`);
  process.exit(1);
}
let problems = 0;
statements.forEach((statement, index) => {
  for (const warning of validate(statement)) {
    problems++;
    const where = (warning.path || []).join('.');
    console.log(`statement ${index} (${statement.id}): ${where}: ${warning.constructor.name} ${JSON.stringify(warning)}`);
  }
});
console.log(`${statements.length} statements checked, ${problems} problems`);
process.exit(problems === 0 ? 0 : 1);
