// The Thai strings of a field's length counter (issue 15 item 1); en-field-messages.ts mirrors them. Validation
// messages themselves come from @bmrts/shared (describeIssue), so the server and the forms say the same thing.
export const thFieldMessages = {
  fieldLength: {
    count: '{{length}}/{{max}}',
    countLabel: 'พิมพ์แล้ว {{length}} จาก {{max}} ตัวอักษร',
    over: 'เกิน {{over}} ตัวอักษร',
  },
};
