// The reference Ion writer of the Ion export tests: Amazon's ion-js (another implementation than
// the app's ion-java), turning DynamoDB JSON lines ({"Item": {...}}) into the lines of a DynamoDB
// Ion export as AWS documents them: "$ion_1_0 {Item:{...}}", S as string, N as decimal, B as
// blob, BOOL, NULL, L as list, M as struct, SS/NS/BS as lists annotated $dynamodb_SS/NS/BS.
// Usage: node dynamodb-json-to-ion.js IN.jsonl OUT.ion
const fs = require('fs');
const ion = require('ion-js');

const [input, output] = process.argv.slice(2);

function decimal(text) {
  // Ion writes a decimal's exponent with d; a DynamoDB number may carry one with e.
  return ion.Decimal.parse(text.replace(/[eE]\+?/, 'd'));
}

function write(writer, value) {
  const [type] = Object.keys(value);
  const v = value[type];
  switch (type) {
    case 'S': writer.writeString(v); break;
    case 'N': writer.writeDecimal(decimal(v)); break;
    case 'B': writer.writeBlob(Uint8Array.from(Buffer.from(v, 'base64'))); break;
    case 'BOOL': writer.writeBoolean(v); break;
    case 'NULL': writer.writeNull(ion.IonTypes.NULL); break;
    case 'L':
      writer.stepIn(ion.IonTypes.LIST);
      v.forEach(element => write(writer, element));
      writer.stepOut();
      break;
    case 'M':
      writer.stepIn(ion.IonTypes.STRUCT);
      for (const [name, member] of Object.entries(v)) {
        writer.writeFieldName(name);
        write(writer, member);
      }
      writer.stepOut();
      break;
    case 'SS': case 'NS': case 'BS':
      writer.setAnnotations(['$dynamodb_' + type]);
      writer.stepIn(ion.IonTypes.LIST);
      v.forEach(member => write(writer, {[type[0]]: member}));
      writer.stepOut();
      break;
    default:
      throw new Error('not a DynamoDB type: ' + type);
  }
}

const lines = fs.readFileSync(input, 'utf8').split('\n').filter(line => line.trim() !== '');
const out = [];
for (const line of lines) {
  const writer = ion.makeTextWriter();
  write(writer, {M: {Item: {M: JSON.parse(line).Item}}});
  writer.close();
  out.push('$ion_1_0 ' + Buffer.from(writer.getBytes()).toString('utf8'));
}
fs.writeFileSync(output, out.join('\n') + '\n');
