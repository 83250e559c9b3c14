/**
 * Writes the ONNX graph of a bag-of-words sentence encoder with protobufjs: briefbot's static
 * model (buildStaticModel.ts) and the tiny test model (test/support/makeTinyModel.ts).
 *
 * An .onnx file is one serialized `onnx.ModelProto` message. The schema below is a subset
 * of onnx/onnx.proto (proto2) keeping the official field numbers, so the bytes are what the
 * official writer would produce for the same content. Proto2 matters: repeated int64
 * fields such as `TensorProto.dims` are then written unpacked, as onnx itself does.
 */
import os from 'node:os';
import { createRequire } from 'node:module';
import type protobuf from 'protobufjs';

const ONNX_SCHEMA = `
syntax = "proto2";
package onnx;

message AttributeProto {
  // Only INT attributes are needed here.
  enum AttributeType { UNDEFINED = 0; INT = 2; }
  optional string name = 1;
  optional int64 i = 3;
  optional AttributeType type = 20;
}

message ValueInfoProto {
  optional string name = 1;
  optional TypeProto type = 2;
}

message NodeProto {
  repeated string input = 1;
  repeated string output = 2;
  optional string name = 3;
  optional string op_type = 4;
  repeated AttributeProto attribute = 5;
}

message ModelProto {
  optional int64 ir_version = 1;
  optional string producer_name = 2;
  optional string producer_version = 3;
  optional string doc_string = 6;
  optional GraphProto graph = 7;
  repeated OperatorSetIdProto opset_import = 8;
}

message GraphProto {
  repeated NodeProto node = 1;
  optional string name = 2;
  repeated TensorProto initializer = 5;
  optional string doc_string = 10;
  repeated ValueInfoProto input = 11;
  repeated ValueInfoProto output = 12;
}

message TensorProto {
  repeated int64 dims = 1;
  optional int32 data_type = 2;   // a TensorProto.DataType value, see ELEM_TYPE
  optional string name = 8;
  optional bytes raw_data = 9;    // little-endian, row-major
}

message TensorShapeProto {
  message Dimension {
    // Exactly one of: a fixed size, or a symbolic name for a size known only at run time.
    optional int64 dim_value = 1;
    optional string dim_param = 2;
  }
  repeated Dimension dim = 1;
}

message TypeProto {
  message Tensor {
    optional int32 elem_type = 1;
    optional TensorShapeProto shape = 2;
  }
  optional Tensor tensor_type = 1;
}

message OperatorSetIdProto {
  optional string domain = 1;     // empty = the default "ai.onnx" operator set
  optional int64 version = 2;
}
`;

let modelProto: protobuf.Type | undefined;
/** Parsed on first use: only building the static model needs protobufjs, not every start. */
function ModelProto(): protobuf.Type {
  modelProto ??= (createRequire(import.meta.url)('protobufjs') as typeof protobuf)
    .parse(ONNX_SCHEMA, { keepCase: true })
    .root.lookupType('onnx.ModelProto');
  return modelProto;
}

/** TensorProto.DataType values. */
const ELEM_TYPE = { FLOAT: 1, INT8: 3, INT64: 7 } as const;
/** AttributeProto.AttributeType.INT */
const ATTRIBUTE_INT = 2;
/**
 * IR version 7 (ONNX 1.8+) with opset 14: old enough for any onnxruntime since 1.8,
 * including the 1.14 that transformers.js 2.17 uses.
 */
const IR_VERSION = 7;
const OPSET = 14;

/** A dimension: a fixed size, or a name for a size chosen at run time ("batch_size"). */
type Dim = number | string;

interface TensorMessage {
  name: string;
  data_type: number;
  dims: number[];
  raw_data: Uint8Array;
}

function floatTensor(name: string, dims: number[], values: Float32Array): TensorMessage {
  // raw_data is little-endian: the array's own bytes on a little-endian machine (all that Node runs on in practice).
  if (os.endianness() === 'LE') {
    return {
      name,
      data_type: ELEM_TYPE.FLOAT,
      dims,
      raw_data: new Uint8Array(values.buffer, values.byteOffset, values.byteLength),
    };
  }
  const bytes = new Uint8Array(values.length * 4);
  const view = new DataView(bytes.buffer);
  values.forEach((v, i) => view.setFloat32(i * 4, v, true));
  return { name, data_type: ELEM_TYPE.FLOAT, dims, raw_data: bytes };
}

function int8Tensor(name: string, dims: number[], values: Int8Array): TensorMessage {
  return {
    name,
    data_type: ELEM_TYPE.INT8,
    dims,
    raw_data: new Uint8Array(values.buffer, values.byteOffset, values.length),
  };
}

function int64Tensor(name: string, dims: number[], values: bigint[]): TensorMessage {
  const bytes = new Uint8Array(values.length * 8);
  const view = new DataView(bytes.buffer);
  values.forEach((v, i) => view.setBigInt64(i * 8, v, true));
  return { name, data_type: ELEM_TYPE.INT64, dims, raw_data: bytes };
}

function tensorValueInfo(name: string, elemType: number, dims: Dim[]) {
  return {
    name,
    type: {
      tensor_type: {
        elem_type: elemType,
        shape: { dim: dims.map((d) => (typeof d === 'number' ? { dim_value: d } : { dim_param: d })) },
      },
    },
  };
}

function node(opType: string, inputs: string[], outputs: string[], intAttributes: Record<string, number> = {}) {
  return {
    op_type: opType,
    name: outputs[0],
    input: inputs,
    output: outputs,
    attribute: Object.entries(intAttributes).map(([name, i]) => ({ name, i, type: ATTRIBUTE_INT })),
  };
}

export interface BagOfWordsEncoder {
  /** Row-major [vocabSize, dim] word vectors. */
  wordEmbeddings: Float32Array;
  vocabSize: number;
  dim: number;
  /** Stored in the model and graph doc strings. */
  description: string;
  /**
   * Store the table as int8 with one scale per row (a quarter of the size); the graph scales the
   * gathered rows back. Rows of very different lengths (weighted words) keep their precision.
   */
  int8?: boolean;
  /** Written in the model's producer_name. */
  producer?: string;
}

/**
 * A BERT-shaped encoder whose "hidden state" for each token is just its word vector:
 *
 *   last_hidden_state = (word_embeddings[input_ids] + token_type_embeddings[token_type_ids])
 *                       * attention_mask[..., None]
 *
 * (int8: word_embeddings[input_ids] is the int8 row times its scale, the scale folded into the
 * mask factor.)
 * The token type table is all zeros: it only makes the graph consume `token_type_ids`, which
 * transformers.js always feeds to a BERT model. Multiplying by the mask zeroes padding, as
 * real BERT outputs do not, but transformers.js mean pooling ignores padded positions anyway.
 * Inputs are int64 [batch_size, sequence_length]; the output is float32
 * [batch_size, sequence_length, dim]. No position embeddings, so any length runs.
 */
export function encodeBagOfWordsEncoder(model: BagOfWordsEncoder): Uint8Array {
  const { wordEmbeddings, vocabSize, dim } = model;
  if (wordEmbeddings.length !== vocabSize * dim) {
    throw new Error(`wordEmbeddings has ${wordEmbeddings.length} values, expected ${vocabSize} x ${dim}`);
  }
  const tokens: Dim[] = ['batch_size', 'sequence_length'];
  const shared = [
    floatTensor('token_type_embeddings', [2, dim], new Float32Array(2 * dim)),
    // Since opset 13, Unsqueeze takes its axes as an int64 tensor input, not an attribute.
    int64Tensor('last_axis', [1], [-1n]),
  ];
  const maskNodes = [node('Cast', ['attention_mask'], ['mask_float'], { to: ELEM_TYPE.FLOAT })];
  const tail = [
    node('Gather', ['token_type_embeddings', 'token_type_ids'], ['type_vectors'], { axis: 0 }),
    node('Add', ['word_vectors', 'type_vectors'], ['embeddings']),
    node('Unsqueeze', ['row_weight', 'last_axis'], ['row_column']),
    node('Mul', ['embeddings', 'row_column'], ['last_hidden_state']),
  ];
  let initializer: TensorMessage[];
  let lookup: ReturnType<typeof node>[];
  if (model.int8) {
    const { values, scales } = quantizeRows(wordEmbeddings, vocabSize, dim);
    initializer = [
      int8Tensor('word_embeddings_int8', [vocabSize, dim], values),
      floatTensor('row_scales', [vocabSize], scales),
      ...shared,
    ];
    // word_vectors = float(int8 rows) ; row_weight = scale of the row * mask
    lookup = [
      node('Gather', ['word_embeddings_int8', 'input_ids'], ['word_vectors_int8'], { axis: 0 }),
      node('Cast', ['word_vectors_int8'], ['word_vectors'], { to: ELEM_TYPE.FLOAT }),
      node('Gather', ['row_scales', 'input_ids'], ['token_scales'], { axis: 0 }),
      ...maskNodes,
      node('Mul', ['token_scales', 'mask_float'], ['row_weight']),
    ];
  } else {
    initializer = [floatTensor('word_embeddings', [vocabSize, dim], wordEmbeddings), ...shared];
    lookup = [
      node('Gather', ['word_embeddings', 'input_ids'], ['word_vectors'], { axis: 0 }),
      ...maskNodes,
      node('Identity', ['mask_float'], ['row_weight']),
    ];
  }
  const graph = {
    name: 'bag_of_words_encoder',
    doc_string: model.description,
    input: ['input_ids', 'attention_mask', 'token_type_ids'].map((name) =>
      tensorValueInfo(name, ELEM_TYPE.INT64, tokens),
    ),
    output: [tensorValueInfo('last_hidden_state', ELEM_TYPE.FLOAT, [...tokens, dim])],
    initializer,
    node: [...lookup, ...tail],
  };
  const message = ModelProto().fromObject({
    ir_version: IR_VERSION,
    producer_name: model.producer ?? 'briefbot',
    producer_version: '1',
    doc_string: model.description,
    opset_import: [{ domain: '', version: OPSET }],
    graph,
  });
  return ModelProto().encode(message).finish();
}

/** Symmetric int8 per row: value = int8 * scale, scale = the row's largest magnitude / 127. */
function quantizeRows(table: Float32Array, rows: number, dim: number): { values: Int8Array; scales: Float32Array } {
  const values = new Int8Array(rows * dim);
  const scales = new Float32Array(rows);
  for (let r = 0; r < rows; r++) {
    let largest = 0;
    for (let d = 0; d < dim; d++) largest = Math.max(largest, Math.abs(table[r * dim + d]!));
    const scale = largest / 127;
    scales[r] = scale;
    if (scale === 0) continue;
    for (let d = 0; d < dim; d++) values[r * dim + d] = Math.round(table[r * dim + d]! / scale);
  }
  return { values, scales };
}
