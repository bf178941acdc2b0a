import type SVGtoPDF from 'svg-to-pdfkit';
import { svgSize } from './charts/svg.js';
import type { DossierBlock, DossierFigure, DossierItem, DossierTable } from './dossier-blocks.js';
import { BOTTOM, COLOUR, FONT, MARGIN, WIDTH } from './pdf-page.js';
import { pdfText } from './pdf-text.js';

/** Writes blocks top to bottom, starting a new page when the next one does not fit. */
export class PdfWriter {
  y = MARGIN.top;
  /** The last heading or figure caption written, so a table does not repeat it. */
  lastTitle: string | null = null;
  /** Widths of words per font and size: measuring each line again would be quadratic. */
  private readonly widths = new Map<string, number>();

  constructor(
    readonly doc: PDFKit.PDFDocument,
    private readonly svgToPdf: typeof SVGtoPDF,
  ) {}

  newPage(): void {
    this.doc.addPage();
    this.y = MARGIN.top;
  }

  /** Starts a new page unless `height` points still fit on this one. */
  ensure(height: number): void {
    if (this.y + height > BOTTOM && this.y > MARGIN.top) this.newPage();
  }

  /** Width of a word (no spaces) in `font` at `size`. */
  width(word: string, font: string, size: number): number {
    const key = `${font}\u0000${size}\u0000${word}`;
    let w = this.widths.get(key);
    if (w === undefined) {
      w = this.doc.font(font).fontSize(size).widthOfString(word);
      this.widths.set(key, w);
    }
    return w;
  }

  lineHeight(size: number): number {
    return size * 1.25;
  }

  /** `text` broken into lines that fit `width` (explicit line breaks kept; over-long words cut). */
  lines(text: string, font: string, size: number, width: number): string[] {
    const space = this.width(' ', font, size);
    const out: string[] = [];
    for (const paragraph of pdfText(text).split('\n')) {
      let line = '';
      let used = 0;
      for (let word of paragraph.split(/ +/)) {
        let w = this.width(word, font, size);
        if (line && used + space + w <= width) {
          line += ` ${word}`;
          used += space + w;
          continue;
        }
        if (line) out.push(line);
        // A single word longer than the line (a checksum, an address) is cut.
        while (w > width && word.length > 1) {
          let cut = word.length - 1;
          while (cut > 1 && this.width(word.slice(0, cut), font, size) > width) cut--;
          out.push(word.slice(0, cut));
          word = word.slice(cut);
          w = this.width(word, font, size);
        }
        line = word;
        used = w;
      }
      out.push(line);
    }
    return out;
  }

  height(text: string, font: string, size: number, width: number): number {
    return this.lines(text, font, size, width).length * this.lineHeight(size);
  }

  /** Draws prepared lines at (x, y) without breaking pages; returns the height used. */
  draw(
    lines: readonly string[],
    x: number,
    y: number,
    style: {
      font: string;
      size: number;
      colour?: string;
      width?: number;
      align?: 'left' | 'right';
    },
  ): number {
    this.doc
      .font(style.font)
      .fontSize(style.size)
      .fillColor(style.colour ?? COLOUR.text);
    const lh = this.lineHeight(style.size);
    lines.forEach((line, i) => {
      const dx =
        style.align === 'right' && style.width !== undefined
          ? style.width - this.doc.widthOfString(line)
          : 0;
      this.doc.text(line, x + dx, y + i * lh + (lh - style.size) / 2, { lineBreak: false });
    });
    return lines.length * lh;
  }

  /** Writes text line by line, moving to a new page between lines when needed. */
  text(
    text: string,
    options: {
      font?: string;
      size?: number;
      colour?: string;
      x?: number;
      width?: number;
      gap?: number;
    },
  ): void {
    const font = options.font ?? FONT.regular;
    const size = options.size ?? 10;
    const width = options.width ?? WIDTH;
    const x = options.x ?? MARGIN.left;
    const lh = this.lineHeight(size);
    for (const line of this.lines(text, font, size, width)) {
      this.ensure(lh);
      this.y += this.draw([line], x, this.y, {
        font,
        size,
        ...(options.colour ? { colour: options.colour } : {}),
      });
    }
    this.y += options.gap ?? 6;
  }

  rule(x1: number, y1: number, x2: number, y2: number, width: number, colour: string): void {
    this.doc.moveTo(x1, y1).lineTo(x2, y2).lineWidth(width).strokeColor(colour).stroke();
  }

  sectionTitle(text: string): void {
    this.text(text, { font: FONT.bold, size: 18, colour: COLOUR.heading, gap: 4 });
    this.rule(MARGIN.left, this.y, MARGIN.left + WIDTH, this.y, 2, COLOUR.heading);
    this.y += 12;
  }

  heading(text: string): void {
    this.lastTitle = text;
    this.ensure(this.height(text, FONT.bold, 12.5, WIDTH) + 60);
    this.y += 6;
    this.text(text, { font: FONT.bold, size: 12.5, colour: COLOUR.heading, gap: 5 });
  }

  paragraph(text: string, tone?: 'lead' | 'note' | 'empty'): void {
    if (tone === 'empty') {
      const lines = this.lines(text, FONT.italic, 10, WIDTH - 10);
      const h = lines.length * this.lineHeight(10);
      this.ensure(h);
      this.draw(lines, MARGIN.left + 10, this.y, { font: FONT.italic, size: 10 });
      this.rule(MARGIN.left + 2, this.y, MARGIN.left + 2, this.y + h, 3, '#8c8c8c');
      this.y += h + 8;
      return;
    }
    const size = tone === 'lead' ? 11 : tone === 'note' ? 9 : 10;
    this.text(text, {
      size,
      colour: tone === 'note' ? COLOUR.muted : COLOUR.text,
      gap: tone === 'lead' ? 10 : 6,
    });
  }

  facts(items: readonly { label: string; value: string }[]): void {
    const labelWidth = WIDTH * 0.34;
    const valueWidth = WIDTH - labelWidth - 10;
    for (const item of items) {
      const label = this.lines(item.label, FONT.bold, 9.5, labelWidth);
      const value = this.lines(item.value, FONT.regular, 9.5, valueWidth);
      const h = Math.max(label.length, value.length) * this.lineHeight(9.5);
      this.ensure(h + 3);
      this.draw(label, MARGIN.left, this.y, { font: FONT.bold, size: 9.5 });
      this.draw(value, MARGIN.left + labelWidth + 10, this.y, { font: FONT.regular, size: 9.5 });
      this.y += h + 3;
    }
    this.y += 6;
  }

  figure(f: DossierFigure, withTable = true): void {
    const size = svgSize(f.svg);
    const scale = Math.min(1, WIDTH / (size.width || WIDTH));
    const width = size.width * scale;
    const height = size.height * scale;
    this.ensure(height + 24);
    this.svgToPdf(this.doc, pdfText(f.svg), MARGIN.left, this.y, {
      width,
      height,
      assumePt: true,
      fontCallback: (_family, bold) => (bold ? FONT.bold : FONT.regular),
      warningCallback: () => undefined,
    });
    this.y += height + 4;
    this.text(f.caption, { size: 8.5, colour: COLOUR.muted, gap: 8 });
    this.lastTitle = f.caption;
    if (withTable && f.table) this.table(f.table);
  }

  /** A table broken into lines and rows, with the heights the page breaks need. */
  private tableLayout(t: DossierTable) {
    const weights = t.columns.map((c) => c.width ?? 1);
    const total = weights.reduce((a, b) => a + b, 0);
    const widths = weights.map((w) => (w / total) * WIDTH);
    const pad = 3;
    const size = 8.5;
    const lh = this.lineHeight(size);
    const layout = (cells: readonly string[], font: string) => {
      const lines = cells.map((cell, i) => this.lines(cell, font, size, widths[i]! - 2 * pad));
      return { lines, height: Math.max(...lines.map((l) => l.length)) * lh + 2 * pad };
    };
    const header = layout(
      t.columns.map((c) => c.label),
      FONT.bold,
    );
    const rows = t.rows.map((row) => layout(row, FONT.regular));
    // A caption that repeats the heading or figure caption just above is left out.
    const caption = t.caption === this.lastTitle ? null : t.caption;
    const captionHeight = caption ? this.height(caption, FONT.bold, 9, WIDTH) + 3 : 0;
    const whole = captionHeight + header.height + rows.reduce((a, r) => a + r.height, 0);
    // A table that fits on one page is kept together; else it starts with at least one row.
    const start =
      whole <= BOTTOM - MARGIN.top ? whole : captionHeight + header.height + (rows[0]?.height ?? 0);
    return { widths, pad, size, header, rows, caption, start };
  }

  table(t: DossierTable): void {
    const { widths, pad, size, header, rows, caption, start } = this.tableLayout(t);
    this.ensure(start);
    if (caption) this.text(caption, { font: FONT.bold, size: 9, gap: 3 });
    const drawRow = (row: { lines: string[][]; height: number }, font: string, fill: boolean) => {
      if (fill) this.doc.rect(MARGIN.left, this.y, WIDTH, row.height).fill(COLOUR.fill);
      let x = MARGIN.left;
      row.lines.forEach((lines, i) => {
        this.draw(lines, x + pad, this.y + pad, {
          font,
          size,
          width: widths[i]! - 2 * pad,
          align: t.columns[i]?.align === 'right' ? 'right' : 'left',
        });
        x += widths[i]!;
      });
      this.y += row.height;
      this.rule(MARGIN.left, this.y, MARGIN.left + WIDTH, this.y, 0.5, COLOUR.rule);
    };
    drawRow(header, FONT.bold, true);
    for (const row of rows) {
      if (this.y + row.height > BOTTOM) {
        this.newPage();
        drawRow(header, FONT.bold, true);
      }
      drawRow(row, FONT.regular, false);
    }
    this.y += 10;
  }

  items(list: readonly DossierItem[]): void {
    const x = MARGIN.left + 10;
    const width = WIDTH - 10;
    for (const item of list) {
      this.ensure(this.height(item.title, FONT.bold, 10.5, width) + 30);
      let top = this.y;
      const bar = () => this.rule(MARGIN.left + 2, top, MARGIN.left + 2, this.y, 3, COLOUR.heading);
      this.text(item.title, { font: FONT.bold, size: 10.5, x, width, gap: 1 });
      if (item.subtitle)
        this.text(item.subtitle, { size: 8.5, colour: COLOUR.muted, x, width, gap: 2 });
      for (const line of item.lines) {
        const before = this.doc.bufferedPageRange().count;
        this.labelled(line.label, line.text, x, width, 9);
        if (this.doc.bufferedPageRange().count !== before) top = MARGIN.top;
      }
      bar();
      this.y += 8;
    }
  }

  /** "Label: text" with the label in bold, wrapped over lines under the text. */
  labelled(label: string, text: string, x: number, width: number, size: number): void {
    const labelText = `${pdfText(label)}:`;
    const labelWidth = this.width(labelText, FONT.bold, size) + this.width(' ', FONT.regular, size);
    const lines = this.lines(text, FONT.regular, size, width - labelWidth);
    const lh = this.lineHeight(size);
    lines.forEach((line, i) => {
      this.ensure(lh);
      if (i === 0) this.draw([labelText], x, this.y, { font: FONT.bold, size });
      this.draw([line], x + labelWidth, this.y, { font: FONT.regular, size });
      this.y += lh;
    });
    this.y += 2;
  }

  source(title: string, lines: readonly { label: string; text: string }[]): void {
    this.ensure(60);
    this.text(title, { font: FONT.bold, size: 10.5, colour: COLOUR.heading, gap: 2 });
    const labelWidth = 96;
    const textWidth = WIDTH - labelWidth - 8;
    const lh = this.lineHeight(8.5);
    for (const line of lines) {
      this.lines(line.text, FONT.regular, 8.5, textWidth).forEach((l, i) => {
        this.ensure(lh);
        if (i === 0)
          this.draw(
            this.lines(line.label, FONT.bold, 8.5, labelWidth).slice(0, 1),
            MARGIN.left,
            this.y,
            {
              font: FONT.bold,
              size: 8.5,
            },
          );
        this.draw([l], MARGIN.left + labelWidth + 8, this.y, { font: FONT.regular, size: 8.5 });
        this.y += lh;
      });
      this.y += 2;
    }
    this.y += 8;
  }

  /** Roughly how high the start of a block is: what must follow its heading on the same page. */
  private leadHeight(b: DossierBlock): number {
    switch (b.kind) {
      case 'heading':
        return 40;
      case 'paragraph':
        return Math.min(this.height(b.text, FONT.regular, 10, WIDTH), 3 * this.lineHeight(10)) + 6;
      case 'figure':
        return Math.min(svgSize(b.figure.svg).height, BOTTOM - MARGIN.top - 80) + 20;
      case 'table':
        return this.tableLayout(b.table).start;
      default:
        return 50;
    }
  }

  /**
   * Starts a new page when a heading, or a paragraph leading into a table, figure or list, would
   * otherwise stay alone at the foot of a page.
   */
  keepWithNext(
    b: DossierBlock,
    next: DossierBlock | undefined,
    after: DossierBlock | undefined,
  ): void {
    if (!next) return;
    const leads = (x: DossierBlock | undefined) =>
      x !== undefined && ['table', 'figure', 'items'].includes(x.kind);
    if (b.kind === 'heading') {
      const chained = next.kind === 'paragraph' && leads(after) ? this.leadHeight(after!) : 0;
      this.ensure(Math.min(30 + this.leadHeight(next) + chained, BOTTOM - MARGIN.top));
    } else if (b.kind === 'paragraph' && leads(next)) {
      this.ensure(
        Math.min(
          this.height(b.text, FONT.regular, 10, WIDTH) + 6 + this.leadHeight(next),
          BOTTOM - MARGIN.top,
        ),
      );
    }
  }

  block(b: DossierBlock): void {
    switch (b.kind) {
      case 'heading':
        return this.heading(b.text);
      case 'paragraph':
        return this.paragraph(b.text, b.tone);
      case 'facts':
        return this.facts(b.items);
      case 'figure':
        return this.figure(b.figure);
      case 'table':
        return this.table(b.table);
      case 'items':
        return this.items(b.items);
      case 'source':
        return this.source(b.title, b.lines);
    }
  }
}
