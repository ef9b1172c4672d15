// The one CSV writer and the one XLSX writer that every export (lists, the dashboard, surveys, the Council report)
// goes through: a text a spreadsheet would run as a formula never runs, whichever column it reached.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { exportColumn, exportDownload, onePage, sheetColumn, sheetsDownload, type ExportSpec } from '../../server/src/exports';

interface Line {
  title: string;
  count: number | string;
  amountSatang: number;
}

const spec: ExportSpec<Line> = {
  sheetName: 'คำขอ',
  columns: [
    exportColumn<Line>('เรื่อง', 'text', 40, (l) => l.title),
    exportColumn<Line>('จำนวน', 'integer', 8, (l) => l.count),
    exportColumn<Line>('จำนวนเงิน (บาท)', 'money', 16, (l) => l.amountSatang),
  ],
};
const NOW = new Date('2026-03-02T03:00:00.000Z');
const text = async (body: ReadableStream<Uint8Array>) =>
  new TextDecoder('utf-8', { ignoreBOM: true }).decode(await new Response(body).arrayBuffer());

async function csvOf(lines: Line[]): Promise<string[]> {
  return (await text(exportDownload(spec, onePage(lines), 'csv', 'คำขอ', NOW).body)).replace(/^\uFEFF/, '').split('\r\n');
}

describe('the CSV writer', () => {
  it('puts an apostrophe before a text starting with = + - @, a tab or a carriage return, and quotes what needs it', async () => {
    const titles = ['=1+1', '+66 2 123 4567', '-ลดงบ', '@SUM(A1)', '\tแท็บ', '\rบรรทัด', 'ค่า, "ราคา"\nใหม่', 'ปกติ'];
    const [, ...rows] = await csvOf(titles.map((title) => ({ title, count: 1, amountSatang: 150 })));
    expect(rows.slice(0, 5).map((r) => r.split(',')[0])).toEqual(["'=1+1", "'+66 2 123 4567", "'-ลดงบ", "'@SUM(A1)", "'\tแท็บ"]);
    expect(rows[5]).toBe(`"'\rบรรทัด",1,1.50`);
    expect(rows[6]).toBe('"ค่า, ""ราคา""\nใหม่",1,1.50');
    expect(rows[7]).toBe('ปกติ,1,1.50');
  });

  it('neutralises a text that reached a number column, and writes numbers and money as they are', async () => {
    const [, formula, negative] = await csvOf([
      { title: 'ก', count: '=HYPERLINK("http://x.example")', amountSatang: 100 },
      { title: 'ข', count: -3, amountSatang: -250 },
    ]);
    expect(formula).toBe(`ก,"'=HYPERLINK(""http://x.example"")",1.00`);
    expect(negative).toBe('ข,-3,-2.50');
  });

  it('writes several sheets one after another under their titles, with the headers and titles made safe too', async () => {
    const sheet = (name: string, value: string) => ({ name, columns: [sheetColumn('=หัวข้อ', 'auto')], rows: onePage([[value], [4.5]]) });
    const download = sheetsDownload([sheet('-ผล', '@x'), sheet('สรุป', 'ดี')], { format: 'csv', fileName: 'ผล.csv', now: NOW });
    expect(await text(download.body)).toBe("\uFEFF'-ผล\r\n'=หัวข้อ\r\n'@x\r\n4.5\r\n\r\nสรุป\r\n'=หัวข้อ\r\nดี\r\n4.5\r\n");
  });
});

describe('the XLSX writer', () => {
  it('stores a text starting with = as text, never as a formula', async () => {
    const download = exportDownload(spec, onePage([{ title: '=1+1', count: '=2+2', amountSatang: 150 }]), 'xlsx', 'คำขอ', NOW);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await new Response(download.body).arrayBuffer());
    const row = workbook.worksheets[0]?.getRow(2);
    expect([row?.getCell(1).value, row?.getCell(2).value, row?.getCell(3).value]).toEqual(['=1+1', '=2+2', 1.5]);
    expect(row?.getCell(1).formula).toBeUndefined();
  });
});
