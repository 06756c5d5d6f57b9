/**
 * Rows of numbers (a row-major Float64Array) stored column by column, each column in the narrowest
 * type that holds all its values exactly: most of a ticket line's numbers are small integers (flags,
 * marks, counts, points), and eight bytes each made them most of a stored part. The type is chosen
 * per part from one pass over the numbers, so a column that holds only small integers in this part
 * is small even if it may hold a fraction elsewhere. Exact means bit for bit but for NaN's payload
 * (nulls are NaN, and any NaN reads as null): scores rolled up from read lines are compared for
 * equality with scores from fresh lines. Zero's sign counts too: a Success Points breakdown's
 * waiting points are -0 when there are none, so a column of zeros and negative integers all signed
 * the same way is kept as the unsigned integers of its negation (a fixed-size array stores -0 as 0).
 * Columns follow each other widest first, so that each starts aligned for its type without padding;
 * they are read and written through a DataView all the same, which reads from any byte offset (as
 * database drivers hand bytes over) and measured faster than a typed array for each column (a
 * part's columns are a dozen values long, and each array costs more to make than to fill).
 * @module
 */

// How a column is kept: the code is stored, one byte a column.
export const F64 = 0;
export const F32 = 1;
export const I32 = 2;
export const U16 = 3;
export const I16 = 4;
export const U8 = 5;
export const I8 = 6;
/** Zeros (all -0) and negative integers, kept as their negation. */
export const NEG_U8 = 7;
export const NEG_U16 = 8;
/** The same value in every row (an integer, or NaN in all), kept once as float64. */
export const SAME = 9;

const TYPES = 10;

/** Bytes one value of a type takes (a SAME column's one value takes 8 whatever the rows). */
const SIZE: readonly number[] = [8, 4, 4, 2, 2, 1, 1, 1, 2, 8];

/** Bytes a column of the type takes for `rows` rows. */
const columnBytes = (t: number, rows: number): number => (t === SAME ? 8 : (SIZE[t] as number) * rows);

// What a column's values have shown, as bits.
const NOT_I32 = 1;
const NOT_NAN_NOT_I32 = 2;
const NEG_ZERO = 4;
const POS_ZERO = 8;
const NOT_F32 = 16;

const integerType = (min: number, max: number, seen: number): number | null => {
  const negZero = (seen & NEG_ZERO) !== 0;
  if (negZero) {
    if ((seen & POS_ZERO) !== 0 || max > 0) return null;
    if (min === max) return SAME;
    return min >= -0xff ? NEG_U8 : min >= -0xffff ? NEG_U16 : null;
  }
  if (min === max) return SAME;
  if (min >= 0) return max <= 0xff ? U8 : max <= 0xffff ? U16 : I32;
  if (min >= -0x80 && max <= 0x7f) return I8;
  return min >= -0x8000 && max <= 0x7fff ? I16 : I32;
};

/**
 * Each column's type: the narrowest that holds every value of the column exactly.
 * @param n `rows` rows of `width` numbers
 */
export const columnTypes = (n: Float64Array, rows: number, width: number): Uint8Array => {
  const types = new Uint8Array(width).fill(U8);
  if (rows === 0) return types;
  // Column by column, so that what a column has shown stays in locals (a part's rows fit in cache).
  for (let c = 0; c < width; c++) {
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    let seen = 0;
    for (let r = 0, i = c; r < rows; r++, i += width) {
      const v = n[i] as number;
      if ((v | 0) === v) {
        if (v < min) min = v;
        if (v > max) max = v;
        if (v === 0) seen |= 1 / v < 0 ? NEG_ZERO : POS_ZERO;
        // Integers past 2^24 lose digits in float32.
        else if (v > 0x1000000 || v < -0x1000000) seen |= NOT_F32;
      } else if (v !== v) {
        seen |= NOT_I32;
      } else {
        seen |= Math.fround(v) === v ? NOT_I32 | NOT_NAN_NOT_I32 : NOT_I32 | NOT_NAN_NOT_I32 | NOT_F32;
      }
    }
    // No integer and no number but NaN: all null.
    if (min > max && (seen & NOT_NAN_NOT_I32) === 0) types[c] = SAME;
    else if ((seen & NOT_I32) === 0) types[c] = integerType(min, max, seen) ?? ((seen & NOT_F32) === 0 ? F32 : F64);
    else types[c] = (seen & NOT_F32) === 0 ? F32 : F64;
  }
  return types;
};

/** Bytes the columns take. */
export const columnsSize = (types: Uint8Array, rows: number): number => {
  let size = 0;
  for (const t of types) size += columnBytes(t, rows);
  return size;
};

/** Each column's offset from the first column's, widest first; null when a type is unknown. */
const columnOffsets = (types: Uint8Array, rows: number): Uint32Array | null => {
  const at = new Uint32Array(types.length);
  let o = 0;
  for (const size of [8, 4, 2, 1]) {
    for (let c = 0; c < types.length; c++) {
      const t = types[c] as number;
      if (t >= TYPES) return null;
      if (SIZE[t] !== size) continue;
      at[c] = o;
      o += columnBytes(t, rows);
    }
  }
  return at;
};

/**
 * Writes the columns at `at` of `out`.
 * @param types as `columnTypes` chose them for these numbers
 */
export const writeColumns = (n: Float64Array, rows: number, types: Uint8Array, out: Uint8Array, at: number): void => {
  const width = types.length;
  const offsets = columnOffsets(types, rows) as Uint32Array;
  const view = new DataView(out.buffer, out.byteOffset + at);
  // One loop per type, over values `columnTypes` found exact in it (the NEG types store the negation).
  for (let c = 0; c < width; c++) {
    const o = offsets[c] as number;
    switch (types[c]) {
      case SAME:
        view.setFloat64(o, n[c] as number, true);
        break;
      case F64:
        for (let r = 0, i = c; r < rows; r++, i += width) view.setFloat64(o + r * 8, n[i] as number, true);
        break;
      case F32:
        for (let r = 0, i = c; r < rows; r++, i += width) view.setFloat32(o + r * 4, n[i] as number, true);
        break;
      case I32:
        for (let r = 0, i = c; r < rows; r++, i += width) view.setInt32(o + r * 4, n[i] as number, true);
        break;
      case U16:
        for (let r = 0, i = c; r < rows; r++, i += width) view.setUint16(o + r * 2, n[i] as number, true);
        break;
      case I16:
        for (let r = 0, i = c; r < rows; r++, i += width) view.setInt16(o + r * 2, n[i] as number, true);
        break;
      case NEG_U16:
        for (let r = 0, i = c; r < rows; r++, i += width) view.setUint16(o + r * 2, -(n[i] as number), true);
        break;
      case U8:
        for (let r = 0, i = c; r < rows; r++, i += width) view.setUint8(o + r, n[i] as number);
        break;
      case I8:
        for (let r = 0, i = c; r < rows; r++, i += width) view.setInt8(o + r, n[i] as number);
        break;
      default: // NEG_U8
        for (let r = 0, i = c; r < rows; r++, i += width) view.setUint8(o + r, -(n[i] as number));
    }
  }
};

/**
 * Reads the rows again into `n` from columns written by `writeColumns` at `at` of `bytes`; false
 * when the types are unknown or the columns do not fill the bytes after `at` exactly.
 * @param n at least `rows` × `types.length` long
 */
export const readColumns = (bytes: Uint8Array, at: number, rows: number, types: Uint8Array, n: Float64Array): boolean => {
  const width = types.length;
  const offsets = columnOffsets(types, rows);
  if (offsets === null || bytes.length - at !== columnsSize(types, rows)) return false;
  const view = new DataView(bytes.buffer, bytes.byteOffset + at);
  for (let c = 0; c < width; c++) {
    const o = offsets[c] as number;
    switch (types[c]) {
      case SAME: {
        const v = view.getFloat64(o, true);
        for (let r = 0, i = c; r < rows; r++, i += width) n[i] = v;
        break;
      }
      case F64:
        for (let r = 0, i = c; r < rows; r++, i += width) n[i] = view.getFloat64(o + r * 8, true);
        break;
      case F32:
        for (let r = 0, i = c; r < rows; r++, i += width) n[i] = view.getFloat32(o + r * 4, true);
        break;
      case I32:
        for (let r = 0, i = c; r < rows; r++, i += width) n[i] = view.getInt32(o + r * 4, true);
        break;
      case U16:
        for (let r = 0, i = c; r < rows; r++, i += width) n[i] = view.getUint16(o + r * 2, true);
        break;
      case I16:
        for (let r = 0, i = c; r < rows; r++, i += width) n[i] = view.getInt16(o + r * 2, true);
        break;
      case NEG_U16:
        for (let r = 0, i = c; r < rows; r++, i += width) n[i] = -view.getUint16(o + r * 2, true);
        break;
      // Bytes straight from the array: a DataView call per value cost most while this code was
      // still cold (a patch reads a third of its numbers from one-byte columns).
      case U8:
        for (let r = 0, i = c, b = at + o; r < rows; r++, i += width) n[i] = bytes[b + r] as number;
        break;
      case I8:
        for (let r = 0, i = c, b = at + o; r < rows; r++, i += width) n[i] = ((bytes[b + r] as number) << 24) >> 24;
        break;
      default: // NEG_U8 (`columnOffsets` knows every type)
        for (let r = 0, i = c, b = at + o; r < rows; r++, i += width) n[i] = -(bytes[b + r] as number);
    }
  }
  return true;
};
