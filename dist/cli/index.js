#!/usr/bin/env node
/******/ (() => { // webpackBootstrap
/******/ 	var __webpack_modules__ = ({

/***/ 2613:
/***/ ((module) => {

"use strict";
module.exports = require("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

"use strict";
module.exports = require("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

"use strict";
module.exports = require("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

"use strict";
module.exports = require("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

"use strict";
module.exports = require("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

"use strict";
module.exports = require("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

"use strict";
module.exports = require("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

"use strict";
module.exports = require("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

"use strict";
module.exports = require("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

"use strict";
module.exports = require("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

"use strict";
module.exports = new Proxy({}, { get: (_, key) => require("node:child_process")[key] });

/***/ }),

/***/ 7540:
/***/ ((module) => {

"use strict";
module.exports = require("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

"use strict";
module.exports = require("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

"use strict";
module.exports = require("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

"use strict";
module.exports = require("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

"use strict";
module.exports = require("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

"use strict";
module.exports = require("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

"use strict";
module.exports = require("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

"use strict";
const names = {"HTTP2_HEADER_AUTHORITY":":authority","HTTP2_HEADER_METHOD":":method","HTTP2_HEADER_PATH":":path","HTTP2_HEADER_SCHEME":":scheme","HTTP2_HEADER_CONTENT_LENGTH":"content-length","HTTP2_HEADER_EXPECT":"expect","HTTP2_HEADER_STATUS":":status"};
const constants = new Proxy({}, { get: (_, key) => Object.hasOwn(names, key) ? names[key] : require("node:http2").constants[key] });
module.exports = new Proxy({}, { get: (_, key) => key === "constants" ? constants : require("node:http2")[key] });

/***/ }),

/***/ 7030:
/***/ ((module) => {

"use strict";
module.exports = require("node:net");

/***/ }),

/***/ 6760:
/***/ ((module) => {

"use strict";
module.exports = require("node:path");

/***/ }),

/***/ 5881:
/***/ ((module) => {

"use strict";
module.exports = require("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

"use strict";
module.exports = require("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

"use strict";
module.exports = require("node:stream");

/***/ }),

/***/ 8500:
/***/ ((module) => {

"use strict";
module.exports = require("node:timers/promises");

/***/ }),

/***/ 1692:
/***/ ((module) => {

"use strict";
module.exports = require("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

"use strict";
module.exports = require("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

"use strict";
module.exports = require("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

"use strict";
module.exports = require("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

"use strict";
module.exports = require("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

"use strict";
module.exports = require("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

"use strict";
module.exports = require("os");

/***/ }),

/***/ 932:
/***/ ((module) => {

"use strict";
module.exports = require("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

"use strict";
module.exports = require("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

"use strict";
module.exports = require("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

"use strict";
module.exports = require("util");

/***/ }),

/***/ 1696:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CachedKeyDecoder = void 0;
const utf8_ts_1 = __nccwpck_require__(6922);;
const DEFAULT_MAX_KEY_LENGTH = 16;
const DEFAULT_MAX_LENGTH_PER_KEY = 16;
class CachedKeyDecoder {
    hit = 0;
    miss = 0;
    caches;
    maxKeyLength;
    maxLengthPerKey;
    constructor(maxKeyLength = DEFAULT_MAX_KEY_LENGTH, maxLengthPerKey = DEFAULT_MAX_LENGTH_PER_KEY) {
        this.maxKeyLength = maxKeyLength;
        this.maxLengthPerKey = maxLengthPerKey;
        // avoid `new Array(N)`, which makes a sparse array,
        // because a sparse array is typically slower than a non-sparse array.
        this.caches = [];
        for (let i = 0; i < this.maxKeyLength; i++) {
            this.caches.push([]);
        }
    }
    canBeCached(byteLength) {
        return byteLength > 0 && byteLength <= this.maxKeyLength;
    }
    find(bytes, inputOffset, byteLength) {
        const records = this.caches[byteLength - 1];
        FIND_CHUNK: for (const record of records) {
            const recordBytes = record.bytes;
            for (let j = 0; j < byteLength; j++) {
                if (recordBytes[j] !== bytes[inputOffset + j]) {
                    continue FIND_CHUNK;
                }
            }
            return record.str;
        }
        return null;
    }
    store(bytes, value) {
        const records = this.caches[bytes.length - 1];
        const record = { bytes, str: value };
        if (records.length >= this.maxLengthPerKey) {
            // `records` are full!
            // Set `record` to an arbitrary position.
            records[(Math.random() * records.length) | 0] = record;
        }
        else {
            records.push(record);
        }
    }
    decode(bytes, inputOffset, byteLength) {
        const cachedValue = this.find(bytes, inputOffset, byteLength);
        if (cachedValue != null) {
            this.hit++;
            return cachedValue;
        }
        this.miss++;
        const str = (0, utf8_ts_1.utf8DecodeJs)(bytes, inputOffset, byteLength);
        // Ensure to copy a slice of bytes because the bytes may be a NodeJS Buffer and Buffer#slice() returns a reference to its internal ArrayBuffer.
        const slicedCopyOfBytes = Uint8Array.prototype.slice.call(bytes, inputOffset, inputOffset + byteLength);
        this.store(slicedCopyOfBytes, str);
        return str;
    }
}
exports.CachedKeyDecoder = CachedKeyDecoder;
//# sourceMappingURL=CachedKeyDecoder.cjs.map

/***/ }),

/***/ 8251:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DecodeError = void 0;
class DecodeError extends Error {
    constructor(message) {
        super(message);
        // fix the prototype chain in a cross-platform way
        const proto = Object.create(DecodeError.prototype);
        Object.setPrototypeOf(this, proto);
        Object.defineProperty(this, "name", {
            configurable: true,
            enumerable: false,
            value: DecodeError.name,
        });
    }
}
exports.DecodeError = DecodeError;
//# sourceMappingURL=DecodeError.cjs.map

/***/ }),

/***/ 7999:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Decoder = void 0;
const prettyByte_ts_1 = __nccwpck_require__(489);;
const ExtensionCodec_ts_1 = __nccwpck_require__(7218);;
const int_ts_1 = __nccwpck_require__(438);;
const utf8_ts_1 = __nccwpck_require__(6922);;
const typedArrays_ts_1 = __nccwpck_require__(8615);;
const CachedKeyDecoder_ts_1 = __nccwpck_require__(1696);;
const DecodeError_ts_1 = __nccwpck_require__(8251);;
const STATE_ARRAY = "array";
const STATE_MAP_KEY = "map_key";
const STATE_MAP_VALUE = "map_value";
const mapKeyConverter = (key) => {
    if (typeof key === "string" || typeof key === "number") {
        return key;
    }
    throw new DecodeError_ts_1.DecodeError("The type of key must be string or number but " + typeof key);
};
class StackPool {
    stack = [];
    stackHeadPosition = -1;
    get length() {
        return this.stackHeadPosition + 1;
    }
    top() {
        return this.stack[this.stackHeadPosition];
    }
    pushArrayState(size) {
        const state = this.getUninitializedStateFromPool();
        state.type = STATE_ARRAY;
        state.position = 0;
        state.size = size;
        state.array = new Array(size);
    }
    pushMapState(size) {
        const state = this.getUninitializedStateFromPool();
        state.type = STATE_MAP_KEY;
        state.readCount = 0;
        state.size = size;
        state.map = {};
    }
    getUninitializedStateFromPool() {
        this.stackHeadPosition++;
        if (this.stackHeadPosition === this.stack.length) {
            const partialState = {
                type: undefined,
                size: 0,
                array: undefined,
                position: 0,
                readCount: 0,
                map: undefined,
                key: null,
            };
            this.stack.push(partialState);
        }
        return this.stack[this.stackHeadPosition];
    }
    release(state) {
        const topStackState = this.stack[this.stackHeadPosition];
        if (topStackState !== state) {
            throw new Error("Invalid stack state. Released state is not on top of the stack.");
        }
        if (state.type === STATE_ARRAY) {
            const partialState = state;
            partialState.size = 0;
            partialState.array = undefined;
            partialState.position = 0;
            partialState.type = undefined;
        }
        if (state.type === STATE_MAP_KEY || state.type === STATE_MAP_VALUE) {
            const partialState = state;
            partialState.size = 0;
            partialState.map = undefined;
            partialState.readCount = 0;
            partialState.type = undefined;
        }
        this.stackHeadPosition--;
    }
    reset() {
        this.stack.length = 0;
        this.stackHeadPosition = -1;
    }
}
const HEAD_BYTE_REQUIRED = -1;
const EMPTY_VIEW = new DataView(new ArrayBuffer(0));
const EMPTY_BYTES = new Uint8Array(EMPTY_VIEW.buffer);
try {
    // IE11: The spec says it should throw RangeError,
    // IE11: but in IE11 it throws TypeError.
    EMPTY_VIEW.getInt8(0);
}
catch (e) {
    if (!(e instanceof RangeError)) {
        throw new Error("This module is not supported in the current JavaScript engine because DataView does not throw RangeError on out-of-bounds access");
    }
}
const MORE_DATA = new RangeError("Insufficient data");
const sharedCachedKeyDecoder = new CachedKeyDecoder_ts_1.CachedKeyDecoder();
class Decoder {
    extensionCodec;
    context;
    useBigInt64;
    rawStrings;
    maxStrLength;
    maxBinLength;
    maxArrayLength;
    maxMapLength;
    maxExtLength;
    keyDecoder;
    mapKeyConverter;
    totalPos = 0;
    pos = 0;
    view = EMPTY_VIEW;
    bytes = EMPTY_BYTES;
    headByte = HEAD_BYTE_REQUIRED;
    stack = new StackPool();
    entered = false;
    constructor(options) {
        this.extensionCodec = options?.extensionCodec ?? ExtensionCodec_ts_1.ExtensionCodec.defaultCodec;
        this.context = options?.context; // needs a type assertion because EncoderOptions has no context property when ContextType is undefined
        this.useBigInt64 = options?.useBigInt64 ?? false;
        this.rawStrings = options?.rawStrings ?? false;
        this.maxStrLength = options?.maxStrLength ?? int_ts_1.UINT32_MAX;
        this.maxBinLength = options?.maxBinLength ?? int_ts_1.UINT32_MAX;
        this.maxArrayLength = options?.maxArrayLength ?? int_ts_1.UINT32_MAX;
        this.maxMapLength = options?.maxMapLength ?? int_ts_1.UINT32_MAX;
        this.maxExtLength = options?.maxExtLength ?? int_ts_1.UINT32_MAX;
        this.keyDecoder = options?.keyDecoder !== undefined ? options.keyDecoder : sharedCachedKeyDecoder;
        this.mapKeyConverter = options?.mapKeyConverter ?? mapKeyConverter;
    }
    clone() {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-argument
        return new Decoder({
            extensionCodec: this.extensionCodec,
            context: this.context,
            useBigInt64: this.useBigInt64,
            rawStrings: this.rawStrings,
            maxStrLength: this.maxStrLength,
            maxBinLength: this.maxBinLength,
            maxArrayLength: this.maxArrayLength,
            maxMapLength: this.maxMapLength,
            maxExtLength: this.maxExtLength,
            keyDecoder: this.keyDecoder,
        });
    }
    reinitializeState() {
        this.totalPos = 0;
        this.headByte = HEAD_BYTE_REQUIRED;
        this.stack.reset();
        // view, bytes, and pos will be re-initialized in setBuffer()
    }
    setBuffer(buffer) {
        const bytes = (0, typedArrays_ts_1.ensureUint8Array)(buffer);
        this.bytes = bytes;
        this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        this.pos = 0;
    }
    appendBuffer(buffer) {
        if (this.headByte === HEAD_BYTE_REQUIRED && !this.hasRemaining(1)) {
            this.setBuffer(buffer);
        }
        else {
            const remainingData = this.bytes.subarray(this.pos);
            const newData = (0, typedArrays_ts_1.ensureUint8Array)(buffer);
            // concat remainingData + newData
            const newBuffer = new Uint8Array(remainingData.length + newData.length);
            newBuffer.set(remainingData);
            newBuffer.set(newData, remainingData.length);
            this.setBuffer(newBuffer);
        }
    }
    hasRemaining(size) {
        return this.view.byteLength - this.pos >= size;
    }
    createExtraByteError(posToShow) {
        const { view, pos } = this;
        return new RangeError(`Extra ${view.byteLength - pos} of ${view.byteLength} byte(s) found at buffer[${posToShow}]`);
    }
    /**
     * @throws {@link DecodeError}
     * @throws {@link RangeError}
     */
    decode(buffer) {
        if (this.entered) {
            const instance = this.clone();
            return instance.decode(buffer);
        }
        try {
            this.entered = true;
            this.reinitializeState();
            this.setBuffer(buffer);
            const object = this.doDecodeSync();
            if (this.hasRemaining(1)) {
                throw this.createExtraByteError(this.pos);
            }
            return object;
        }
        finally {
            this.entered = false;
        }
    }
    *decodeMulti(buffer) {
        if (this.entered) {
            const instance = this.clone();
            yield* instance.decodeMulti(buffer);
            return;
        }
        try {
            this.entered = true;
            this.reinitializeState();
            this.setBuffer(buffer);
            while (this.hasRemaining(1)) {
                yield this.doDecodeSync();
            }
        }
        finally {
            this.entered = false;
        }
    }
    async decodeAsync(stream) {
        if (this.entered) {
            const instance = this.clone();
            return instance.decodeAsync(stream);
        }
        try {
            this.entered = true;
            let decoded = false;
            let object;
            for await (const buffer of stream) {
                if (decoded) {
                    this.entered = false;
                    throw this.createExtraByteError(this.totalPos);
                }
                this.appendBuffer(buffer);
                try {
                    object = this.doDecodeSync();
                    decoded = true;
                }
                catch (e) {
                    if (!(e instanceof RangeError)) {
                        throw e; // rethrow
                    }
                    // fallthrough
                }
                this.totalPos += this.pos;
            }
            if (decoded) {
                if (this.hasRemaining(1)) {
                    throw this.createExtraByteError(this.totalPos);
                }
                return object;
            }
            const { headByte, pos, totalPos } = this;
            throw new RangeError(`Insufficient data in parsing ${(0, prettyByte_ts_1.prettyByte)(headByte)} at ${totalPos} (${pos} in the current buffer)`);
        }
        finally {
            this.entered = false;
        }
    }
    decodeArrayStream(stream) {
        return this.decodeMultiAsync(stream, true);
    }
    decodeStream(stream) {
        return this.decodeMultiAsync(stream, false);
    }
    async *decodeMultiAsync(stream, isArray) {
        if (this.entered) {
            const instance = this.clone();
            yield* instance.decodeMultiAsync(stream, isArray);
            return;
        }
        try {
            this.entered = true;
            let isArrayHeaderRequired = isArray;
            let arrayItemsLeft = -1;
            for await (const buffer of stream) {
                if (isArray && arrayItemsLeft === 0) {
                    throw this.createExtraByteError(this.totalPos);
                }
                this.appendBuffer(buffer);
                if (isArrayHeaderRequired) {
                    arrayItemsLeft = this.readArraySize();
                    isArrayHeaderRequired = false;
                    this.complete();
                }
                try {
                    while (true) {
                        yield this.doDecodeSync();
                        if (--arrayItemsLeft === 0) {
                            break;
                        }
                    }
                }
                catch (e) {
                    if (!(e instanceof RangeError)) {
                        throw e; // rethrow
                    }
                    // fallthrough
                }
                this.totalPos += this.pos;
            }
        }
        finally {
            this.entered = false;
        }
    }
    doDecodeSync() {
        DECODE: while (true) {
            const headByte = this.readHeadByte();
            let object;
            if (headByte >= 0xe0) {
                // negative fixint (111x xxxx) 0xe0 - 0xff
                object = headByte - 0x100;
            }
            else if (headByte < 0xc0) {
                if (headByte < 0x80) {
                    // positive fixint (0xxx xxxx) 0x00 - 0x7f
                    object = headByte;
                }
                else if (headByte < 0x90) {
                    // fixmap (1000 xxxx) 0x80 - 0x8f
                    const size = headByte - 0x80;
                    if (size !== 0) {
                        this.pushMapState(size);
                        this.complete();
                        continue DECODE;
                    }
                    else {
                        object = {};
                    }
                }
                else if (headByte < 0xa0) {
                    // fixarray (1001 xxxx) 0x90 - 0x9f
                    const size = headByte - 0x90;
                    if (size !== 0) {
                        this.pushArrayState(size);
                        this.complete();
                        continue DECODE;
                    }
                    else {
                        object = [];
                    }
                }
                else {
                    // fixstr (101x xxxx) 0xa0 - 0xbf
                    const byteLength = headByte - 0xa0;
                    object = this.decodeString(byteLength, 0);
                }
            }
            else if (headByte === 0xc0) {
                // nil
                object = null;
            }
            else if (headByte === 0xc2) {
                // false
                object = false;
            }
            else if (headByte === 0xc3) {
                // true
                object = true;
            }
            else if (headByte === 0xca) {
                // float 32
                object = this.readF32();
            }
            else if (headByte === 0xcb) {
                // float 64
                object = this.readF64();
            }
            else if (headByte === 0xcc) {
                // uint 8
                object = this.readU8();
            }
            else if (headByte === 0xcd) {
                // uint 16
                object = this.readU16();
            }
            else if (headByte === 0xce) {
                // uint 32
                object = this.readU32();
            }
            else if (headByte === 0xcf) {
                // uint 64
                if (this.useBigInt64) {
                    object = this.readU64AsBigInt();
                }
                else {
                    object = this.readU64();
                }
            }
            else if (headByte === 0xd0) {
                // int 8
                object = this.readI8();
            }
            else if (headByte === 0xd1) {
                // int 16
                object = this.readI16();
            }
            else if (headByte === 0xd2) {
                // int 32
                object = this.readI32();
            }
            else if (headByte === 0xd3) {
                // int 64
                if (this.useBigInt64) {
                    object = this.readI64AsBigInt();
                }
                else {
                    object = this.readI64();
                }
            }
            else if (headByte === 0xd9) {
                // str 8
                const byteLength = this.lookU8();
                object = this.decodeString(byteLength, 1);
            }
            else if (headByte === 0xda) {
                // str 16
                const byteLength = this.lookU16();
                object = this.decodeString(byteLength, 2);
            }
            else if (headByte === 0xdb) {
                // str 32
                const byteLength = this.lookU32();
                object = this.decodeString(byteLength, 4);
            }
            else if (headByte === 0xdc) {
                // array 16
                const size = this.readU16();
                if (size !== 0) {
                    this.pushArrayState(size);
                    this.complete();
                    continue DECODE;
                }
                else {
                    object = [];
                }
            }
            else if (headByte === 0xdd) {
                // array 32
                const size = this.readU32();
                if (size !== 0) {
                    this.pushArrayState(size);
                    this.complete();
                    continue DECODE;
                }
                else {
                    object = [];
                }
            }
            else if (headByte === 0xde) {
                // map 16
                const size = this.readU16();
                if (size !== 0) {
                    this.pushMapState(size);
                    this.complete();
                    continue DECODE;
                }
                else {
                    object = {};
                }
            }
            else if (headByte === 0xdf) {
                // map 32
                const size = this.readU32();
                if (size !== 0) {
                    this.pushMapState(size);
                    this.complete();
                    continue DECODE;
                }
                else {
                    object = {};
                }
            }
            else if (headByte === 0xc4) {
                // bin 8
                const size = this.lookU8();
                object = this.decodeBinary(size, 1);
            }
            else if (headByte === 0xc5) {
                // bin 16
                const size = this.lookU16();
                object = this.decodeBinary(size, 2);
            }
            else if (headByte === 0xc6) {
                // bin 32
                const size = this.lookU32();
                object = this.decodeBinary(size, 4);
            }
            else if (headByte === 0xd4) {
                // fixext 1
                object = this.decodeExtension(1, 0);
            }
            else if (headByte === 0xd5) {
                // fixext 2
                object = this.decodeExtension(2, 0);
            }
            else if (headByte === 0xd6) {
                // fixext 4
                object = this.decodeExtension(4, 0);
            }
            else if (headByte === 0xd7) {
                // fixext 8
                object = this.decodeExtension(8, 0);
            }
            else if (headByte === 0xd8) {
                // fixext 16
                object = this.decodeExtension(16, 0);
            }
            else if (headByte === 0xc7) {
                // ext 8
                const size = this.lookU8();
                object = this.decodeExtension(size, 1);
            }
            else if (headByte === 0xc8) {
                // ext 16
                const size = this.lookU16();
                object = this.decodeExtension(size, 2);
            }
            else if (headByte === 0xc9) {
                // ext 32
                const size = this.lookU32();
                object = this.decodeExtension(size, 4);
            }
            else {
                throw new DecodeError_ts_1.DecodeError(`Unrecognized type byte: ${(0, prettyByte_ts_1.prettyByte)(headByte)}`);
            }
            this.complete();
            const stack = this.stack;
            while (stack.length > 0) {
                // arrays and maps
                const state = stack.top();
                if (state.type === STATE_ARRAY) {
                    state.array[state.position] = object;
                    state.position++;
                    if (state.position === state.size) {
                        object = state.array;
                        stack.release(state);
                    }
                    else {
                        continue DECODE;
                    }
                }
                else if (state.type === STATE_MAP_KEY) {
                    if (object === "__proto__") {
                        throw new DecodeError_ts_1.DecodeError("The key __proto__ is not allowed");
                    }
                    state.key = this.mapKeyConverter(object);
                    state.type = STATE_MAP_VALUE;
                    continue DECODE;
                }
                else {
                    // it must be `state.type === State.MAP_VALUE` here
                    state.map[state.key] = object;
                    state.readCount++;
                    if (state.readCount === state.size) {
                        object = state.map;
                        stack.release(state);
                    }
                    else {
                        state.key = null;
                        state.type = STATE_MAP_KEY;
                        continue DECODE;
                    }
                }
            }
            return object;
        }
    }
    readHeadByte() {
        if (this.headByte === HEAD_BYTE_REQUIRED) {
            this.headByte = this.readU8();
            // console.log("headByte", prettyByte(this.headByte));
        }
        return this.headByte;
    }
    complete() {
        this.headByte = HEAD_BYTE_REQUIRED;
    }
    readArraySize() {
        const headByte = this.readHeadByte();
        switch (headByte) {
            case 0xdc:
                return this.readU16();
            case 0xdd:
                return this.readU32();
            default: {
                if (headByte < 0xa0) {
                    return headByte - 0x90;
                }
                else {
                    throw new DecodeError_ts_1.DecodeError(`Unrecognized array type byte: ${(0, prettyByte_ts_1.prettyByte)(headByte)}`);
                }
            }
        }
    }
    pushMapState(size) {
        if (size > this.maxMapLength) {
            throw new DecodeError_ts_1.DecodeError(`Max length exceeded: map length (${size}) > maxMapLengthLength (${this.maxMapLength})`);
        }
        this.stack.pushMapState(size);
    }
    pushArrayState(size) {
        if (size > this.maxArrayLength) {
            throw new DecodeError_ts_1.DecodeError(`Max length exceeded: array length (${size}) > maxArrayLength (${this.maxArrayLength})`);
        }
        this.stack.pushArrayState(size);
    }
    decodeString(byteLength, headerOffset) {
        if (!this.rawStrings || this.stateIsMapKey()) {
            return this.decodeUtf8String(byteLength, headerOffset);
        }
        return this.decodeBinary(byteLength, headerOffset);
    }
    /**
     * @throws {@link RangeError}
     */
    decodeUtf8String(byteLength, headerOffset) {
        if (byteLength > this.maxStrLength) {
            throw new DecodeError_ts_1.DecodeError(`Max length exceeded: UTF-8 byte length (${byteLength}) > maxStrLength (${this.maxStrLength})`);
        }
        if (this.bytes.byteLength < this.pos + headerOffset + byteLength) {
            throw MORE_DATA;
        }
        const offset = this.pos + headerOffset;
        let object;
        if (this.stateIsMapKey() && this.keyDecoder?.canBeCached(byteLength)) {
            object = this.keyDecoder.decode(this.bytes, offset, byteLength);
        }
        else {
            object = (0, utf8_ts_1.utf8Decode)(this.bytes, offset, byteLength);
        }
        this.pos += headerOffset + byteLength;
        return object;
    }
    stateIsMapKey() {
        if (this.stack.length > 0) {
            const state = this.stack.top();
            return state.type === STATE_MAP_KEY;
        }
        return false;
    }
    /**
     * @throws {@link RangeError}
     */
    decodeBinary(byteLength, headOffset) {
        if (byteLength > this.maxBinLength) {
            throw new DecodeError_ts_1.DecodeError(`Max length exceeded: bin length (${byteLength}) > maxBinLength (${this.maxBinLength})`);
        }
        if (!this.hasRemaining(byteLength + headOffset)) {
            throw MORE_DATA;
        }
        const offset = this.pos + headOffset;
        const object = this.bytes.subarray(offset, offset + byteLength);
        this.pos += headOffset + byteLength;
        return object;
    }
    decodeExtension(size, headOffset) {
        if (size > this.maxExtLength) {
            throw new DecodeError_ts_1.DecodeError(`Max length exceeded: ext length (${size}) > maxExtLength (${this.maxExtLength})`);
        }
        const extType = this.view.getInt8(this.pos + headOffset);
        const data = this.decodeBinary(size, headOffset + 1 /* extType */);
        return this.extensionCodec.decode(data, extType, this.context);
    }
    lookU8() {
        return this.view.getUint8(this.pos);
    }
    lookU16() {
        return this.view.getUint16(this.pos);
    }
    lookU32() {
        return this.view.getUint32(this.pos);
    }
    readU8() {
        const value = this.view.getUint8(this.pos);
        this.pos++;
        return value;
    }
    readI8() {
        const value = this.view.getInt8(this.pos);
        this.pos++;
        return value;
    }
    readU16() {
        const value = this.view.getUint16(this.pos);
        this.pos += 2;
        return value;
    }
    readI16() {
        const value = this.view.getInt16(this.pos);
        this.pos += 2;
        return value;
    }
    readU32() {
        const value = this.view.getUint32(this.pos);
        this.pos += 4;
        return value;
    }
    readI32() {
        const value = this.view.getInt32(this.pos);
        this.pos += 4;
        return value;
    }
    readU64() {
        const value = (0, int_ts_1.getUint64)(this.view, this.pos);
        this.pos += 8;
        return value;
    }
    readI64() {
        const value = (0, int_ts_1.getInt64)(this.view, this.pos);
        this.pos += 8;
        return value;
    }
    readU64AsBigInt() {
        const value = this.view.getBigUint64(this.pos);
        this.pos += 8;
        return value;
    }
    readI64AsBigInt() {
        const value = this.view.getBigInt64(this.pos);
        this.pos += 8;
        return value;
    }
    readF32() {
        const value = this.view.getFloat32(this.pos);
        this.pos += 4;
        return value;
    }
    readF64() {
        const value = this.view.getFloat64(this.pos);
        this.pos += 8;
        return value;
    }
}
exports.Decoder = Decoder;
//# sourceMappingURL=Decoder.cjs.map

/***/ }),

/***/ 7251:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Encoder = exports.DEFAULT_INITIAL_BUFFER_SIZE = exports.DEFAULT_MAX_DEPTH = void 0;
const utf8_ts_1 = __nccwpck_require__(6922);;
const ExtensionCodec_ts_1 = __nccwpck_require__(7218);;
const int_ts_1 = __nccwpck_require__(438);;
const typedArrays_ts_1 = __nccwpck_require__(8615);;
exports.DEFAULT_MAX_DEPTH = 100;
exports.DEFAULT_INITIAL_BUFFER_SIZE = 2048;
class Encoder {
    extensionCodec;
    context;
    useBigInt64;
    maxDepth;
    initialBufferSize;
    sortKeys;
    forceFloat32;
    ignoreUndefined;
    forceIntegerToFloat;
    pos;
    view;
    bytes;
    entered = false;
    constructor(options) {
        this.extensionCodec = options?.extensionCodec ?? ExtensionCodec_ts_1.ExtensionCodec.defaultCodec;
        this.context = options?.context; // needs a type assertion because EncoderOptions has no context property when ContextType is undefined
        this.useBigInt64 = options?.useBigInt64 ?? false;
        this.maxDepth = options?.maxDepth ?? exports.DEFAULT_MAX_DEPTH;
        this.initialBufferSize = options?.initialBufferSize ?? exports.DEFAULT_INITIAL_BUFFER_SIZE;
        this.sortKeys = options?.sortKeys ?? false;
        this.forceFloat32 = options?.forceFloat32 ?? false;
        this.ignoreUndefined = options?.ignoreUndefined ?? false;
        this.forceIntegerToFloat = options?.forceIntegerToFloat ?? false;
        this.pos = 0;
        this.view = new DataView(new ArrayBuffer(this.initialBufferSize));
        this.bytes = new Uint8Array(this.view.buffer);
    }
    clone() {
        // Because of slightly special argument `context`,
        // type assertion is needed.
        // eslint-disable-next-line @typescript-eslint/no-unsafe-argument
        return new Encoder({
            extensionCodec: this.extensionCodec,
            context: this.context,
            useBigInt64: this.useBigInt64,
            maxDepth: this.maxDepth,
            initialBufferSize: this.initialBufferSize,
            sortKeys: this.sortKeys,
            forceFloat32: this.forceFloat32,
            ignoreUndefined: this.ignoreUndefined,
            forceIntegerToFloat: this.forceIntegerToFloat,
        });
    }
    reinitializeState() {
        this.pos = 0;
    }
    /**
     * This is almost equivalent to {@link Encoder#encode}, but it returns an reference of the encoder's internal buffer and thus much faster than {@link Encoder#encode}.
     *
     * @returns Encodes the object and returns a shared reference the encoder's internal buffer.
     */
    encodeSharedRef(object) {
        if (this.entered) {
            const instance = this.clone();
            return instance.encodeSharedRef(object);
        }
        try {
            this.entered = true;
            this.reinitializeState();
            this.doEncode(object, 1);
            return this.bytes.subarray(0, this.pos);
        }
        finally {
            this.entered = false;
        }
    }
    /**
     * @returns Encodes the object and returns a copy of the encoder's internal buffer.
     */
    encode(object) {
        if (this.entered) {
            const instance = this.clone();
            return instance.encode(object);
        }
        try {
            this.entered = true;
            this.reinitializeState();
            this.doEncode(object, 1);
            return this.bytes.slice(0, this.pos);
        }
        finally {
            this.entered = false;
        }
    }
    doEncode(object, depth) {
        if (depth > this.maxDepth) {
            throw new Error(`Too deep objects in depth ${depth}`);
        }
        if (object == null) {
            this.encodeNil();
        }
        else if (typeof object === "boolean") {
            this.encodeBoolean(object);
        }
        else if (typeof object === "number") {
            if (!this.forceIntegerToFloat) {
                this.encodeNumber(object);
            }
            else {
                this.encodeNumberAsFloat(object);
            }
        }
        else if (typeof object === "string") {
            this.encodeString(object);
        }
        else if (this.useBigInt64 && typeof object === "bigint") {
            this.encodeBigInt64(object);
        }
        else {
            this.encodeObject(object, depth);
        }
    }
    ensureBufferSizeToWrite(sizeToWrite) {
        const requiredSize = this.pos + sizeToWrite;
        if (this.view.byteLength < requiredSize) {
            this.resizeBuffer(requiredSize * 2);
        }
    }
    resizeBuffer(newSize) {
        const newBuffer = new ArrayBuffer(newSize);
        const newBytes = new Uint8Array(newBuffer);
        const newView = new DataView(newBuffer);
        newBytes.set(this.bytes);
        this.view = newView;
        this.bytes = newBytes;
    }
    encodeNil() {
        this.writeU8(0xc0);
    }
    encodeBoolean(object) {
        if (object === false) {
            this.writeU8(0xc2);
        }
        else {
            this.writeU8(0xc3);
        }
    }
    encodeNumber(object) {
        if (!this.forceIntegerToFloat && Number.isSafeInteger(object)) {
            if (object >= 0) {
                if (object < 0x80) {
                    // positive fixint
                    this.writeU8(object);
                }
                else if (object < 0x100) {
                    // uint 8
                    this.writeU8(0xcc);
                    this.writeU8(object);
                }
                else if (object < 0x10000) {
                    // uint 16
                    this.writeU8(0xcd);
                    this.writeU16(object);
                }
                else if (object < 0x100000000) {
                    // uint 32
                    this.writeU8(0xce);
                    this.writeU32(object);
                }
                else if (!this.useBigInt64) {
                    // uint 64
                    this.writeU8(0xcf);
                    this.writeU64(object);
                }
                else {
                    this.encodeNumberAsFloat(object);
                }
            }
            else {
                if (object >= -0x20) {
                    // negative fixint
                    this.writeU8(0xe0 | (object + 0x20));
                }
                else if (object >= -0x80) {
                    // int 8
                    this.writeU8(0xd0);
                    this.writeI8(object);
                }
                else if (object >= -0x8000) {
                    // int 16
                    this.writeU8(0xd1);
                    this.writeI16(object);
                }
                else if (object >= -0x80000000) {
                    // int 32
                    this.writeU8(0xd2);
                    this.writeI32(object);
                }
                else if (!this.useBigInt64) {
                    // int 64
                    this.writeU8(0xd3);
                    this.writeI64(object);
                }
                else {
                    this.encodeNumberAsFloat(object);
                }
            }
        }
        else {
            this.encodeNumberAsFloat(object);
        }
    }
    encodeNumberAsFloat(object) {
        if (this.forceFloat32) {
            // float 32
            this.writeU8(0xca);
            this.writeF32(object);
        }
        else {
            // float 64
            this.writeU8(0xcb);
            this.writeF64(object);
        }
    }
    encodeBigInt64(object) {
        if (object >= BigInt(0)) {
            // uint 64
            this.writeU8(0xcf);
            this.writeBigUint64(object);
        }
        else {
            // int 64
            this.writeU8(0xd3);
            this.writeBigInt64(object);
        }
    }
    writeStringHeader(byteLength) {
        if (byteLength < 32) {
            // fixstr
            this.writeU8(0xa0 + byteLength);
        }
        else if (byteLength < 0x100) {
            // str 8
            this.writeU8(0xd9);
            this.writeU8(byteLength);
        }
        else if (byteLength < 0x10000) {
            // str 16
            this.writeU8(0xda);
            this.writeU16(byteLength);
        }
        else if (byteLength < 0x100000000) {
            // str 32
            this.writeU8(0xdb);
            this.writeU32(byteLength);
        }
        else {
            throw new Error(`Too long string: ${byteLength} bytes in UTF-8`);
        }
    }
    encodeString(object) {
        const maxHeaderSize = 1 + 4;
        const byteLength = (0, utf8_ts_1.utf8Count)(object);
        this.ensureBufferSizeToWrite(maxHeaderSize + byteLength);
        this.writeStringHeader(byteLength);
        (0, utf8_ts_1.utf8Encode)(object, this.bytes, this.pos);
        this.pos += byteLength;
    }
    encodeObject(object, depth) {
        // try to encode objects with custom codec first of non-primitives
        const ext = this.extensionCodec.tryToEncode(object, this.context);
        if (ext != null) {
            this.encodeExtension(ext);
        }
        else if (Array.isArray(object)) {
            this.encodeArray(object, depth);
        }
        else if (ArrayBuffer.isView(object)) {
            this.encodeBinary(object);
        }
        else if (typeof object === "object") {
            this.encodeMap(object, depth);
        }
        else {
            // symbol, function and other special object come here unless extensionCodec handles them.
            throw new Error(`Unrecognized object: ${Object.prototype.toString.apply(object)}`);
        }
    }
    encodeBinary(object) {
        const size = object.byteLength;
        if (size < 0x100) {
            // bin 8
            this.writeU8(0xc4);
            this.writeU8(size);
        }
        else if (size < 0x10000) {
            // bin 16
            this.writeU8(0xc5);
            this.writeU16(size);
        }
        else if (size < 0x100000000) {
            // bin 32
            this.writeU8(0xc6);
            this.writeU32(size);
        }
        else {
            throw new Error(`Too large binary: ${size}`);
        }
        const bytes = (0, typedArrays_ts_1.ensureUint8Array)(object);
        this.writeU8a(bytes);
    }
    encodeArray(object, depth) {
        const size = object.length;
        if (size < 16) {
            // fixarray
            this.writeU8(0x90 + size);
        }
        else if (size < 0x10000) {
            // array 16
            this.writeU8(0xdc);
            this.writeU16(size);
        }
        else if (size < 0x100000000) {
            // array 32
            this.writeU8(0xdd);
            this.writeU32(size);
        }
        else {
            throw new Error(`Too large array: ${size}`);
        }
        for (const item of object) {
            this.doEncode(item, depth + 1);
        }
    }
    countWithoutUndefined(object, keys) {
        let count = 0;
        for (const key of keys) {
            if (object[key] !== undefined) {
                count++;
            }
        }
        return count;
    }
    encodeMap(object, depth) {
        const keys = Object.keys(object);
        if (this.sortKeys) {
            keys.sort();
        }
        const size = this.ignoreUndefined ? this.countWithoutUndefined(object, keys) : keys.length;
        if (size < 16) {
            // fixmap
            this.writeU8(0x80 + size);
        }
        else if (size < 0x10000) {
            // map 16
            this.writeU8(0xde);
            this.writeU16(size);
        }
        else if (size < 0x100000000) {
            // map 32
            this.writeU8(0xdf);
            this.writeU32(size);
        }
        else {
            throw new Error(`Too large map object: ${size}`);
        }
        for (const key of keys) {
            const value = object[key];
            if (!(this.ignoreUndefined && value === undefined)) {
                this.encodeString(key);
                this.doEncode(value, depth + 1);
            }
        }
    }
    encodeExtension(ext) {
        if (typeof ext.data === "function") {
            const data = ext.data(this.pos + 6);
            const size = data.length;
            if (size >= 0x100000000) {
                throw new Error(`Too large extension object: ${size}`);
            }
            this.writeU8(0xc9);
            this.writeU32(size);
            this.writeI8(ext.type);
            this.writeU8a(data);
            return;
        }
        const size = ext.data.length;
        if (size === 1) {
            // fixext 1
            this.writeU8(0xd4);
        }
        else if (size === 2) {
            // fixext 2
            this.writeU8(0xd5);
        }
        else if (size === 4) {
            // fixext 4
            this.writeU8(0xd6);
        }
        else if (size === 8) {
            // fixext 8
            this.writeU8(0xd7);
        }
        else if (size === 16) {
            // fixext 16
            this.writeU8(0xd8);
        }
        else if (size < 0x100) {
            // ext 8
            this.writeU8(0xc7);
            this.writeU8(size);
        }
        else if (size < 0x10000) {
            // ext 16
            this.writeU8(0xc8);
            this.writeU16(size);
        }
        else if (size < 0x100000000) {
            // ext 32
            this.writeU8(0xc9);
            this.writeU32(size);
        }
        else {
            throw new Error(`Too large extension object: ${size}`);
        }
        this.writeI8(ext.type);
        this.writeU8a(ext.data);
    }
    writeU8(value) {
        this.ensureBufferSizeToWrite(1);
        this.view.setUint8(this.pos, value);
        this.pos++;
    }
    writeU8a(values) {
        const size = values.length;
        this.ensureBufferSizeToWrite(size);
        this.bytes.set(values, this.pos);
        this.pos += size;
    }
    writeI8(value) {
        this.ensureBufferSizeToWrite(1);
        this.view.setInt8(this.pos, value);
        this.pos++;
    }
    writeU16(value) {
        this.ensureBufferSizeToWrite(2);
        this.view.setUint16(this.pos, value);
        this.pos += 2;
    }
    writeI16(value) {
        this.ensureBufferSizeToWrite(2);
        this.view.setInt16(this.pos, value);
        this.pos += 2;
    }
    writeU32(value) {
        this.ensureBufferSizeToWrite(4);
        this.view.setUint32(this.pos, value);
        this.pos += 4;
    }
    writeI32(value) {
        this.ensureBufferSizeToWrite(4);
        this.view.setInt32(this.pos, value);
        this.pos += 4;
    }
    writeF32(value) {
        this.ensureBufferSizeToWrite(4);
        this.view.setFloat32(this.pos, value);
        this.pos += 4;
    }
    writeF64(value) {
        this.ensureBufferSizeToWrite(8);
        this.view.setFloat64(this.pos, value);
        this.pos += 8;
    }
    writeU64(value) {
        this.ensureBufferSizeToWrite(8);
        (0, int_ts_1.setUint64)(this.view, this.pos, value);
        this.pos += 8;
    }
    writeI64(value) {
        this.ensureBufferSizeToWrite(8);
        (0, int_ts_1.setInt64)(this.view, this.pos, value);
        this.pos += 8;
    }
    writeBigUint64(value) {
        this.ensureBufferSizeToWrite(8);
        this.view.setBigUint64(this.pos, value);
        this.pos += 8;
    }
    writeBigInt64(value) {
        this.ensureBufferSizeToWrite(8);
        this.view.setBigInt64(this.pos, value);
        this.pos += 8;
    }
}
exports.Encoder = Encoder;
//# sourceMappingURL=Encoder.cjs.map

/***/ }),

/***/ 2378:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ExtData = void 0;
/**
 * ExtData is used to handle Extension Types that are not registered to ExtensionCodec.
 */
class ExtData {
    type;
    data;
    constructor(type, data) {
        this.type = type;
        this.data = data;
    }
}
exports.ExtData = ExtData;
//# sourceMappingURL=ExtData.cjs.map

/***/ }),

/***/ 7218:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

// ExtensionCodec to handle MessagePack extensions
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ExtensionCodec = void 0;
const ExtData_ts_1 = __nccwpck_require__(2378);;
const timestamp_ts_1 = __nccwpck_require__(5595);;
class ExtensionCodec {
    static defaultCodec = new ExtensionCodec();
    // ensures ExtensionCodecType<X> matches ExtensionCodec<X>
    // this will make type errors a lot more clear
    // eslint-disable-next-line @typescript-eslint/naming-convention
    __brand;
    // built-in extensions
    builtInEncoders = [];
    builtInDecoders = [];
    // custom extensions
    encoders = [];
    decoders = [];
    constructor() {
        this.register(timestamp_ts_1.timestampExtension);
    }
    register({ type, encode, decode, }) {
        if (type >= 0) {
            // custom extensions
            this.encoders[type] = encode;
            this.decoders[type] = decode;
        }
        else {
            // built-in extensions
            const index = -1 - type;
            this.builtInEncoders[index] = encode;
            this.builtInDecoders[index] = decode;
        }
    }
    tryToEncode(object, context) {
        // built-in extensions
        for (let i = 0; i < this.builtInEncoders.length; i++) {
            const encodeExt = this.builtInEncoders[i];
            if (encodeExt != null) {
                const data = encodeExt(object, context);
                if (data != null) {
                    const type = -1 - i;
                    return new ExtData_ts_1.ExtData(type, data);
                }
            }
        }
        // custom extensions
        for (let i = 0; i < this.encoders.length; i++) {
            const encodeExt = this.encoders[i];
            if (encodeExt != null) {
                const data = encodeExt(object, context);
                if (data != null) {
                    const type = i;
                    return new ExtData_ts_1.ExtData(type, data);
                }
            }
        }
        if (object instanceof ExtData_ts_1.ExtData) {
            // to keep ExtData as is
            return object;
        }
        return null;
    }
    decode(data, type, context) {
        const decodeExt = type < 0 ? this.builtInDecoders[-1 - type] : this.decoders[type];
        if (decodeExt) {
            return decodeExt(data, type, context);
        }
        else {
            // decode() does not fail, returns ExtData instead.
            return new ExtData_ts_1.ExtData(type, data);
        }
    }
}
exports.ExtensionCodec = ExtensionCodec;
//# sourceMappingURL=ExtensionCodec.cjs.map

/***/ }),

/***/ 3951:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.decode = decode;
exports.decodeMulti = decodeMulti;
const Decoder_ts_1 = __nccwpck_require__(7999);;
/**
 * It decodes a single MessagePack object in a buffer.
 *
 * This is a synchronous decoding function.
 * See other variants for asynchronous decoding: {@link decodeAsync}, {@link decodeMultiStream}, or {@link decodeArrayStream}.
 *
 * @throws {@link RangeError} if the buffer is incomplete, including the case where the buffer is empty.
 * @throws {@link DecodeError} if the buffer contains invalid data.
 */
function decode(buffer, options) {
    const decoder = new Decoder_ts_1.Decoder(options);
    return decoder.decode(buffer);
}
/**
 * It decodes multiple MessagePack objects in a buffer.
 * This is corresponding to {@link decodeMultiStream}.
 *
 * @throws {@link RangeError} if the buffer is incomplete, including the case where the buffer is empty.
 * @throws {@link DecodeError} if the buffer contains invalid data.
 */
function decodeMulti(buffer, options) {
    const decoder = new Decoder_ts_1.Decoder(options);
    return decoder.decodeMulti(buffer);
}
//# sourceMappingURL=decode.cjs.map

/***/ }),

/***/ 6021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.decodeAsync = decodeAsync;
exports.decodeArrayStream = decodeArrayStream;
exports.decodeMultiStream = decodeMultiStream;
const Decoder_ts_1 = __nccwpck_require__(7999);;
const stream_ts_1 = __nccwpck_require__(6475);;
/**
 * @throws {@link RangeError} if the buffer is incomplete, including the case where the buffer is empty.
 * @throws {@link DecodeError} if the buffer contains invalid data.
 */
async function decodeAsync(streamLike, options) {
    const stream = (0, stream_ts_1.ensureAsyncIterable)(streamLike);
    const decoder = new Decoder_ts_1.Decoder(options);
    return decoder.decodeAsync(stream);
}
/**
 * @throws {@link RangeError} if the buffer is incomplete, including the case where the buffer is empty.
 * @throws {@link DecodeError} if the buffer contains invalid data.
 */
function decodeArrayStream(streamLike, options) {
    const stream = (0, stream_ts_1.ensureAsyncIterable)(streamLike);
    const decoder = new Decoder_ts_1.Decoder(options);
    return decoder.decodeArrayStream(stream);
}
/**
 * @throws {@link RangeError} if the buffer is incomplete, including the case where the buffer is empty.
 * @throws {@link DecodeError} if the buffer contains invalid data.
 */
function decodeMultiStream(streamLike, options) {
    const stream = (0, stream_ts_1.ensureAsyncIterable)(streamLike);
    const decoder = new Decoder_ts_1.Decoder(options);
    return decoder.decodeStream(stream);
}
//# sourceMappingURL=decodeAsync.cjs.map

/***/ }),

/***/ 3355:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.encode = encode;
const Encoder_ts_1 = __nccwpck_require__(7251);;
/**
 * It encodes `value` in the MessagePack format and
 * returns a byte buffer.
 *
 * The returned buffer is a slice of a larger `ArrayBuffer`, so you have to use its `#byteOffset` and `#byteLength` in order to convert it to another typed arrays including NodeJS `Buffer`.
 */
function encode(value, options) {
    const encoder = new Encoder_ts_1.Encoder(options);
    return encoder.encodeSharedRef(value);
}
//# sourceMappingURL=encode.cjs.map

/***/ }),

/***/ 6435:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";
var __webpack_unused_export__;

// Main Functions:
__webpack_unused_export__ = ({ value: true });
__webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = exports.Nz = __webpack_unused_export__ = exports.XM = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = void 0;
const encode_ts_1 = __nccwpck_require__(3355);;
__webpack_unused_export__ = ({ enumerable: true, get: function () { return encode_ts_1.encode; } });
const decode_ts_1 = __nccwpck_require__(3951);;
__webpack_unused_export__ = ({ enumerable: true, get: function () { return decode_ts_1.decode; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return decode_ts_1.decodeMulti; } });
const decodeAsync_ts_1 = __nccwpck_require__(6021);;
__webpack_unused_export__ = ({ enumerable: true, get: function () { return decodeAsync_ts_1.decodeAsync; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return decodeAsync_ts_1.decodeArrayStream; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return decodeAsync_ts_1.decodeMultiStream; } });
const Decoder_ts_1 = __nccwpck_require__(7999);;
Object.defineProperty(exports, "XM", ({ enumerable: true, get: function () { return Decoder_ts_1.Decoder; } }));
const DecodeError_ts_1 = __nccwpck_require__(8251);;
__webpack_unused_export__ = ({ enumerable: true, get: function () { return DecodeError_ts_1.DecodeError; } });
const Encoder_ts_1 = __nccwpck_require__(7251);;
Object.defineProperty(exports, "Nz", ({ enumerable: true, get: function () { return Encoder_ts_1.Encoder; } }));
// Utilities for Extension Types:
const ExtensionCodec_ts_1 = __nccwpck_require__(7218);;
__webpack_unused_export__ = ({ enumerable: true, get: function () { return ExtensionCodec_ts_1.ExtensionCodec; } });
const ExtData_ts_1 = __nccwpck_require__(2378);;
__webpack_unused_export__ = ({ enumerable: true, get: function () { return ExtData_ts_1.ExtData; } });
const timestamp_ts_1 = __nccwpck_require__(5595);;
__webpack_unused_export__ = ({ enumerable: true, get: function () { return timestamp_ts_1.EXT_TIMESTAMP; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return timestamp_ts_1.encodeDateToTimeSpec; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return timestamp_ts_1.encodeTimeSpecToTimestamp; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return timestamp_ts_1.decodeTimestampToTimeSpec; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return timestamp_ts_1.encodeTimestampExtension; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return timestamp_ts_1.decodeTimestampExtension; } });
//# sourceMappingURL=index.cjs.map

/***/ }),

/***/ 5595:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.timestampExtension = exports.EXT_TIMESTAMP = void 0;
exports.encodeTimeSpecToTimestamp = encodeTimeSpecToTimestamp;
exports.encodeDateToTimeSpec = encodeDateToTimeSpec;
exports.encodeTimestampExtension = encodeTimestampExtension;
exports.decodeTimestampToTimeSpec = decodeTimestampToTimeSpec;
exports.decodeTimestampExtension = decodeTimestampExtension;
// https://github.com/msgpack/msgpack/blob/master/spec.md#timestamp-extension-type
const DecodeError_ts_1 = __nccwpck_require__(8251);;
const int_ts_1 = __nccwpck_require__(438);;
exports.EXT_TIMESTAMP = -1;
const TIMESTAMP32_MAX_SEC = 0x100000000 - 1; // 32-bit unsigned int
const TIMESTAMP64_MAX_SEC = 0x400000000 - 1; // 34-bit unsigned int
function encodeTimeSpecToTimestamp({ sec, nsec }) {
    if (sec >= 0 && nsec >= 0 && sec <= TIMESTAMP64_MAX_SEC) {
        // Here sec >= 0 && nsec >= 0
        if (nsec === 0 && sec <= TIMESTAMP32_MAX_SEC) {
            // timestamp 32 = { sec32 (unsigned) }
            const rv = new Uint8Array(4);
            const view = new DataView(rv.buffer);
            view.setUint32(0, sec);
            return rv;
        }
        else {
            // timestamp 64 = { nsec30 (unsigned), sec34 (unsigned) }
            const secHigh = sec / 0x100000000;
            const secLow = sec & 0xffffffff;
            const rv = new Uint8Array(8);
            const view = new DataView(rv.buffer);
            // nsec30 | secHigh2
            view.setUint32(0, (nsec << 2) | (secHigh & 0x3));
            // secLow32
            view.setUint32(4, secLow);
            return rv;
        }
    }
    else {
        // timestamp 96 = { nsec32 (unsigned), sec64 (signed) }
        const rv = new Uint8Array(12);
        const view = new DataView(rv.buffer);
        view.setUint32(0, nsec);
        (0, int_ts_1.setInt64)(view, 4, sec);
        return rv;
    }
}
function encodeDateToTimeSpec(date) {
    const msec = date.getTime();
    const sec = Math.floor(msec / 1e3);
    const nsec = (msec - sec * 1e3) * 1e6;
    // Normalizes { sec, nsec } to ensure nsec is unsigned.
    const nsecInSec = Math.floor(nsec / 1e9);
    return {
        sec: sec + nsecInSec,
        nsec: nsec - nsecInSec * 1e9,
    };
}
function encodeTimestampExtension(object) {
    if (object instanceof Date) {
        const timeSpec = encodeDateToTimeSpec(object);
        return encodeTimeSpecToTimestamp(timeSpec);
    }
    else {
        return null;
    }
}
function decodeTimestampToTimeSpec(data) {
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    // data may be 32, 64, or 96 bits
    switch (data.byteLength) {
        case 4: {
            // timestamp 32 = { sec32 }
            const sec = view.getUint32(0);
            const nsec = 0;
            return { sec, nsec };
        }
        case 8: {
            // timestamp 64 = { nsec30, sec34 }
            const nsec30AndSecHigh2 = view.getUint32(0);
            const secLow32 = view.getUint32(4);
            const sec = (nsec30AndSecHigh2 & 0x3) * 0x100000000 + secLow32;
            const nsec = nsec30AndSecHigh2 >>> 2;
            return { sec, nsec };
        }
        case 12: {
            // timestamp 96 = { nsec32 (unsigned), sec64 (signed) }
            const sec = (0, int_ts_1.getInt64)(view, 4);
            const nsec = view.getUint32(0);
            return { sec, nsec };
        }
        default:
            throw new DecodeError_ts_1.DecodeError(`Unrecognized data size for timestamp (expected 4, 8, or 12): ${data.length}`);
    }
}
function decodeTimestampExtension(data) {
    const timeSpec = decodeTimestampToTimeSpec(data);
    return new Date(timeSpec.sec * 1e3 + timeSpec.nsec / 1e6);
}
exports.timestampExtension = {
    type: exports.EXT_TIMESTAMP,
    encode: encodeTimestampExtension,
    decode: decodeTimestampExtension,
};
//# sourceMappingURL=timestamp.cjs.map

/***/ }),

/***/ 438:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

// Integer Utility
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.UINT32_MAX = void 0;
exports.setUint64 = setUint64;
exports.setInt64 = setInt64;
exports.getInt64 = getInt64;
exports.getUint64 = getUint64;
exports.UINT32_MAX = 4294967295;
// DataView extension to handle int64 / uint64,
// where the actual range is 53-bits integer (a.k.a. safe integer)
function setUint64(view, offset, value) {
    const high = value / 4294967296;
    const low = value; // high bits are truncated by DataView
    view.setUint32(offset, high);
    view.setUint32(offset + 4, low);
}
function setInt64(view, offset, value) {
    const high = Math.floor(value / 4294967296);
    const low = value; // high bits are truncated by DataView
    view.setUint32(offset, high);
    view.setUint32(offset + 4, low);
}
function getInt64(view, offset) {
    const high = view.getInt32(offset);
    const low = view.getUint32(offset + 4);
    return high * 4294967296 + low;
}
function getUint64(view, offset) {
    const high = view.getUint32(offset);
    const low = view.getUint32(offset + 4);
    return high * 4294967296 + low;
}
//# sourceMappingURL=int.cjs.map

/***/ }),

/***/ 489:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.prettyByte = prettyByte;
function prettyByte(byte) {
    return `${byte < 0 ? "-" : ""}0x${Math.abs(byte).toString(16).padStart(2, "0")}`;
}
//# sourceMappingURL=prettyByte.cjs.map

/***/ }),

/***/ 6475:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

// utility for whatwg streams
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isAsyncIterable = isAsyncIterable;
exports.asyncIterableFromStream = asyncIterableFromStream;
exports.ensureAsyncIterable = ensureAsyncIterable;
function isAsyncIterable(object) {
    return object[Symbol.asyncIterator] != null;
}
async function* asyncIterableFromStream(stream) {
    const reader = stream.getReader();
    try {
        while (true) {
            const { done, value } = await reader.read();
            if (done) {
                return;
            }
            yield value;
        }
    }
    finally {
        reader.releaseLock();
    }
}
function ensureAsyncIterable(streamLike) {
    if (isAsyncIterable(streamLike)) {
        return streamLike;
    }
    else {
        return asyncIterableFromStream(streamLike);
    }
}
//# sourceMappingURL=stream.cjs.map

/***/ }),

/***/ 8615:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ensureUint8Array = ensureUint8Array;
function isArrayBufferLike(buffer) {
    return (buffer instanceof ArrayBuffer || (typeof SharedArrayBuffer !== "undefined" && buffer instanceof SharedArrayBuffer));
}
function ensureUint8Array(buffer) {
    if (buffer instanceof Uint8Array) {
        return buffer;
    }
    else if (ArrayBuffer.isView(buffer)) {
        return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    }
    else if (isArrayBufferLike(buffer)) {
        return new Uint8Array(buffer);
    }
    else {
        // ArrayLike<number>
        return Uint8Array.from(buffer);
    }
}
//# sourceMappingURL=typedArrays.cjs.map

/***/ }),

/***/ 6922:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.utf8Count = utf8Count;
exports.utf8EncodeJs = utf8EncodeJs;
exports.utf8EncodeTE = utf8EncodeTE;
exports.utf8Encode = utf8Encode;
exports.utf8DecodeJs = utf8DecodeJs;
exports.utf8DecodeTD = utf8DecodeTD;
exports.utf8Decode = utf8Decode;
function utf8Count(str) {
    const strLength = str.length;
    let byteLength = 0;
    let pos = 0;
    while (pos < strLength) {
        let value = str.charCodeAt(pos++);
        if ((value & 0xffffff80) === 0) {
            // 1-byte
            byteLength++;
            continue;
        }
        else if ((value & 0xfffff800) === 0) {
            // 2-bytes
            byteLength += 2;
        }
        else {
            // handle surrogate pair
            if (value >= 0xd800 && value <= 0xdbff) {
                // high surrogate
                if (pos < strLength) {
                    const extra = str.charCodeAt(pos);
                    if ((extra & 0xfc00) === 0xdc00) {
                        ++pos;
                        value = ((value & 0x3ff) << 10) + (extra & 0x3ff) + 0x10000;
                    }
                }
            }
            if ((value & 0xffff0000) === 0) {
                // 3-byte
                byteLength += 3;
            }
            else {
                // 4-byte
                byteLength += 4;
            }
        }
    }
    return byteLength;
}
function utf8EncodeJs(str, output, outputOffset) {
    const strLength = str.length;
    let offset = outputOffset;
    let pos = 0;
    while (pos < strLength) {
        let value = str.charCodeAt(pos++);
        if ((value & 0xffffff80) === 0) {
            // 1-byte
            output[offset++] = value;
            continue;
        }
        else if ((value & 0xfffff800) === 0) {
            // 2-bytes
            output[offset++] = ((value >> 6) & 0x1f) | 0xc0;
        }
        else {
            // handle surrogate pair
            if (value >= 0xd800 && value <= 0xdbff) {
                // high surrogate
                if (pos < strLength) {
                    const extra = str.charCodeAt(pos);
                    if ((extra & 0xfc00) === 0xdc00) {
                        ++pos;
                        value = ((value & 0x3ff) << 10) + (extra & 0x3ff) + 0x10000;
                    }
                }
            }
            if ((value & 0xffff0000) === 0) {
                // 3-byte
                output[offset++] = ((value >> 12) & 0x0f) | 0xe0;
                output[offset++] = ((value >> 6) & 0x3f) | 0x80;
            }
            else {
                // 4-byte
                output[offset++] = ((value >> 18) & 0x07) | 0xf0;
                output[offset++] = ((value >> 12) & 0x3f) | 0x80;
                output[offset++] = ((value >> 6) & 0x3f) | 0x80;
            }
        }
        output[offset++] = (value & 0x3f) | 0x80;
    }
}
// TextEncoder and TextDecoder are standardized in whatwg encoding:
// https://encoding.spec.whatwg.org/
// and available in all the modern browsers:
// https://caniuse.com/textencoder
// They are available in Node.js since v12 LTS as well:
// https://nodejs.org/api/globals.html#textencoder
const sharedTextEncoder = new TextEncoder();
// This threshold should be determined by benchmarking, which might vary in engines and input data.
// Run `npx ts-node benchmark/encode-string.ts` for details.
const TEXT_ENCODER_THRESHOLD = 50;
function utf8EncodeTE(str, output, outputOffset) {
    sharedTextEncoder.encodeInto(str, output.subarray(outputOffset));
}
function utf8Encode(str, output, outputOffset) {
    if (str.length > TEXT_ENCODER_THRESHOLD) {
        utf8EncodeTE(str, output, outputOffset);
    }
    else {
        utf8EncodeJs(str, output, outputOffset);
    }
}
const CHUNK_SIZE = 4096;
function utf8DecodeJs(bytes, inputOffset, byteLength) {
    let offset = inputOffset;
    const end = offset + byteLength;
    const units = [];
    let result = "";
    while (offset < end) {
        const byte1 = bytes[offset++];
        if ((byte1 & 0x80) === 0) {
            // 1 byte
            units.push(byte1);
        }
        else if ((byte1 & 0xe0) === 0xc0) {
            // 2 bytes
            const byte2 = bytes[offset++] & 0x3f;
            units.push(((byte1 & 0x1f) << 6) | byte2);
        }
        else if ((byte1 & 0xf0) === 0xe0) {
            // 3 bytes
            const byte2 = bytes[offset++] & 0x3f;
            const byte3 = bytes[offset++] & 0x3f;
            units.push(((byte1 & 0x1f) << 12) | (byte2 << 6) | byte3);
        }
        else if ((byte1 & 0xf8) === 0xf0) {
            // 4 bytes
            const byte2 = bytes[offset++] & 0x3f;
            const byte3 = bytes[offset++] & 0x3f;
            const byte4 = bytes[offset++] & 0x3f;
            let unit = ((byte1 & 0x07) << 0x12) | (byte2 << 0x0c) | (byte3 << 0x06) | byte4;
            if (unit > 0xffff) {
                unit -= 0x10000;
                units.push(((unit >>> 10) & 0x3ff) | 0xd800);
                unit = 0xdc00 | (unit & 0x3ff);
            }
            units.push(unit);
        }
        else {
            units.push(byte1);
        }
        if (units.length >= CHUNK_SIZE) {
            result += String.fromCharCode(...units);
            units.length = 0;
        }
    }
    if (units.length > 0) {
        result += String.fromCharCode(...units);
    }
    return result;
}
const sharedTextDecoder = new TextDecoder();
// This threshold should be determined by benchmarking, which might vary in engines and input data.
// Run `npx ts-node benchmark/decode-string.ts` for details.
const TEXT_DECODER_THRESHOLD = 200;
function utf8DecodeTD(bytes, inputOffset, byteLength) {
    const stringBytes = bytes.subarray(inputOffset, inputOffset + byteLength);
    return sharedTextDecoder.decode(stringBytes);
}
function utf8Decode(bytes, inputOffset, byteLength) {
    if (byteLength > TEXT_DECODER_THRESHOLD) {
        return utf8DecodeTD(bytes, inputOffset, byteLength);
    }
    else {
        return utf8DecodeJs(bytes, inputOffset, byteLength);
    }
}
//# sourceMappingURL=utf8.cjs.map

/***/ }),

/***/ 2453:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T3: () => (/* binding */ commandUsage),
/* harmony export */   XV: () => (/* binding */ parseFailOn),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   ry: () => (/* binding */ splitList),
/* harmony export */   u_: () => (/* binding */ USAGE),
/* harmony export */   wG: () => (/* binding */ parseInvocation)
/* harmony export */ });
/* unused harmony exports COMMAND_NAMES, commandOptions, parseCliArgs */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7975);
/* harmony import */ var _rules_types_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3042);
/* harmony import */ var _token_token_shape_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(148);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8908);
// Command-line parsing for the CLI: one place that knows every command, its flags and its usage.




class UsageError extends Error {
    command;
    constructor(message, 
    /** The command whose usage was broken, for the `--help` hint; none for global errors. */
    command) {
        super(message);
        this.command = command;
    }
}
const COMMAND_NAMES = ['inspect', 'check', 'scan', 'attenuate', 'audit'];
const TOKEN_SOURCE = `The token comes from FLY_ACCESS_TOKEN, FLY_API_TOKEN or standard input (read to the end,
at most ${_io_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_STDIN_BYTES */ .G_ / 1024 / 1024} MiB).`;
const USAGE = `Usage: fly-token-guard <command> [options]

Commands:
  inspect      Decode the token offline: kind, organization, apps, access, expiry.
  check        The action's check: is this token right for this job?
  scan [DIR]   Find risky Fly token handling in workflows and files (needs no token).
  attenuate    Print a narrower, short-lived token made from this one.
  audit        Every repository of a GitHub organization, through the REST API (no token needed
               from Fly; a GitHub token from GITHUB_TOKEN or GH_TOKEN).

Run 'fly-token-guard <command> --help' for the options of a command.
  -h, --help      Show this help.
  -V, --version   Print the version.

${TOKEN_SOURCE}
Exit codes: 0 pass, 1 findings at or above --fail-on, 2 bad input or usage.`;
const FLY_URL_HELP = `  --fly-api-url URL       Fly's Machines API (default https://api.machines.dev).
  --fly-graphql-url URL   Fly's GraphQL API (default https://api.fly.io/graphql).`;
const HELP_LINE = `  -h, --help              Show this help.`;
const FLY_URL_OPTIONS = {
    'fly-api-url': { type: 'string' },
    'fly-graphql-url': { type: 'string' }
};
const COMMANDS = {
    inspect: {
        positionals: 0,
        options: { json: { type: 'boolean' } },
        usage: `Usage: fly-token-guard inspect [--json]

Decode the token offline and say what it is and can do: kind, organization, apps, access,
expiry. Nothing is sent anywhere.

Options:
  --json                  Print the decoded token as JSON.
${HELP_LINE}

${TOKEN_SOURCE}
Exit codes: 0 decoded, 2 malformed token, no token or bad usage.`
    },
    check: {
        positionals: 0,
        options: {
            json: { type: 'boolean' },
            offline: { type: 'boolean' },
            apps: { type: 'string' },
            needs: { type: 'string' },
            workflow: { type: 'string' },
            job: { type: 'string' },
            repo: { type: 'string' },
            'fail-on': { type: 'string' },
            ...FLY_URL_OPTIONS
        },
        usage: `Usage: fly-token-guard check [options]

The action's check from a terminal: is this token right for this job? It decodes the token,
asks Fly's API whether it is accepted (unless --offline) and compares it with what the job needs.

Options:
  --apps a,b              Apps the job deploys or touches (default: inferred from --job).
  --needs deploy,...      What the job needs: read, deploy, secrets, scale, ssh, machine-exec,
                          proxy, create-app, destroy-app, org (default: inferred from --job).
  --workflow FILE         The workflow to infer the needs from; goes with --job.
  --job ID                The job of that workflow.
  --repo DIR              Repository root holding the workflow and fly.toml (default: .).
  --fail-on SEVERITY      critical, high, medium, low, info or never (default: high).
  --offline               Decode only: send nothing to Fly.
${FLY_URL_HELP}
                          (or the FLY_API_URL and FLY_GRAPHQL_URL environment variables)
  --json                  Print the report as JSON.
${HELP_LINE}

${TOKEN_SOURCE}
Exit codes: 0 pass or warn, 1 a finding at or above --fail-on, 2 bad input or usage.`
    },
    scan: {
        positionals: 1,
        options: {
            json: { type: 'boolean' },
            sarif: { type: 'boolean' },
            'fail-on': { type: 'string' },
            'max-files': { type: 'string' }
        },
        usage: `Usage: fly-token-guard scan [DIR] [options]

Find risky Fly token handling in the workflows, action files and fly*.toml of DIR (default: .).
Needs no token and sends nothing anywhere.

Options:
  --json                  Print the findings as JSON.
  --sarif                 Print SARIF 2.1.0 (for code scanning).
  --fail-on SEVERITY      critical, high, medium, low, info or never (default: high).
  --max-files N           The most files to read before stopping with a clear message
                          (default: 5000).
${HELP_LINE}

Exit codes: 0 pass or warn, 1 a finding at or above --fail-on, 2 bad usage.`
    },
    attenuate: {
        positionals: 0,
        options: {
            apps: { type: 'string' },
            'app-ids': { type: 'string' },
            access: { type: 'string' },
            ttl: { type: 'string' },
            command: { type: 'string', multiple: true },
            offline: { type: 'boolean' },
            ...FLY_URL_OPTIONS
        },
        usage: `Usage: fly-token-guard attenuate (--apps a,b | --app-ids 1,2) [options]

Print a narrower, short-lived token made from this one. Standard output carries the new token
and nothing else (pipe it into \`gh secret set\`); messages go to standard error.

Options:
  --apps a,b              App names; their ids are looked up on Fly's API.
  --app-ids 1,2           Numeric app ids: no lookup.
  --access KIND           deploy, readonly, ssh or machine-exec (default: deploy).
  --ttl DURATION          Lifetime, e.g. 30m or 2h (default: 30m, at most 24h).
  --command CMD           machine-exec: a command the token may run (repeatable; default: any).
  --offline               Never call Fly's API (use --app-ids).
${FLY_URL_HELP}
${HELP_LINE}

${TOKEN_SOURCE}
Exit codes: 0 done, 2 refused, no token or bad usage.`
    },
    audit: {
        positionals: Number.POSITIVE_INFINITY,
        options: {
            org: { type: 'string' },
            repos: { type: 'string' },
            'include-archived': { type: 'boolean' },
            'include-forks': { type: 'boolean' },
            shard: { type: 'string' },
            json: { type: 'boolean' },
            sarif: { type: 'boolean' },
            markdown: { type: 'boolean' },
            'github-api-url': { type: 'string' },
            'timeout-seconds': { type: 'string' },
            'fail-on': { type: 'string' }
        },
        usage: `Usage: fly-token-guard audit --org ORG [options]
       fly-token-guard audit merge FILE... [--json|--markdown]

Audit every repository of a GitHub organization through the REST API, without cloning: the same
scan and rules as \`scan\`, repository by repository, plus what only shows across repositories.
\`audit merge\` combines the JSON reports of shards (a matrix of jobs) into one.

Options:
  --org ORG               The organization.
  --repos a,b             Only these repositories.
  --include-archived      Also audit archived repositories (listed as skipped otherwise).
  --include-forks         Also audit forks (listed as skipped otherwise).
  --shard I/N             Audit shard I of N: a stable split of the repositories by name.
  --json                  Print the report as JSON (docs/audit.md has the schema).
  --sarif                 Print SARIF 2.1.0, findings located at owner/name/path.
  --markdown              Print the org summary as Markdown (with a Mermaid chart).
  --github-api-url URL    GitHub's REST API (default: GITHUB_API_URL, else https://api.github.com).
  --timeout-seconds N     One deadline for the whole audit (default: 3000).
  --fail-on SEVERITY      critical, high, medium, low, info or never (default: high).
${HELP_LINE}

The GitHub token comes from GITHUB_TOKEN or GH_TOKEN: read access to the organization's
repositories (contents and metadata), e.g. a GitHub App installation token.
Exit codes: 0 pass or warn, 1 a finding at or above --fail-on, 2 bad input, usage or access,
3 incomplete (the deadline or the rate limit ended it, or shards are missing).`
    }
};
/** Every flag a command accepts, long form (for the test that holds the usage texts complete). */
function commandOptions(command) {
    return Object.keys(COMMANDS[command].options);
}
function commandUsage(command) {
    return COMMANDS[command].usage;
}
function isCommand(name) {
    return COMMAND_NAMES.includes(name);
}
const HELP_FLAGS = new Set(['-h', '--help']);
const VERSION_FLAGS = new Set(['-V', '--version']);
/** node:util's messages carry a paragraph of advice; keep the first sentence. */
function parseErrorMessage(error) {
    const message = error instanceof Error ? error.message : String(error);
    const unknown = /^Unknown option '([^']+)'/.exec(message);
    if (unknown)
        return `unknown option '${unknown[1]}'`;
    return message.split('. ')[0]?.replace(/^./, c => c.toLowerCase()) ?? message;
}
function parseInvocation(argv) {
    const [first, ...rest] = argv;
    if (first === undefined)
        throw new UsageError('no command given');
    if (HELP_FLAGS.has(first) || first === 'help') {
        const topic = rest[0];
        if (topic === undefined)
            return { kind: 'help' };
        if (!isCommand(topic))
            throw new UsageError(`unknown command '${topic}'`);
        return { kind: 'help', command: topic };
    }
    if (VERSION_FLAGS.has(first))
        return { kind: 'version' };
    if (!isCommand(first)) {
        throw new UsageError(first.startsWith('-') ? `'${first}' is not a command` : `unknown command '${first}'`);
    }
    // `--help` anywhere after the command asks for that command's usage (before `--`).
    const end = rest.indexOf('--');
    if ((end === -1 ? rest : rest.slice(0, end)).some(arg => HELP_FLAGS.has(arg))) {
        return { kind: 'help', command: first };
    }
    const args = parseCliArgs(argv);
    const extra = args.positionals[COMMANDS[first].positionals];
    if (extra !== undefined)
        throw new UsageError(`unexpected argument '${extra}'`, first);
    return { kind: 'run', args };
}
/** The arguments of one command (`argv[0]` is the command); flags of other commands are errors. */
function parseCliArgs(argv) {
    const [command, ...rest] = argv;
    if (!isCommand(command))
        throw new UsageError(`unknown command '${command ?? ''}'`);
    const options = COMMANDS[command].options;
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: rest, allowPositionals: true, strict: true, options });
    }
    catch (error) {
        throw new UsageError(parseErrorMessage(error), command);
    }
    refuseTokenShapedOptions(parsed.values, command);
    return {
        command,
        positionals: parsed.positionals,
        values: parsed.values
    };
}
/**
 * A token pasted into an option (`--apps fo1_\u2026`) would be sent on (as the app path of an API
 * call) or echoed: refused, naming the option, never repeating its value. As the action's inputs.
 */
function refuseTokenShapedOptions(values, command) {
    for (const [name, value] of Object.entries(values)) {
        const texts = (Array.isArray(value) ? value : [value]).filter(v => typeof v === 'string');
        if (texts.some(text => (0,_token_token_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .looksLikeToken */ .NM)(text, _token_token_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .TOKEN_SHAPE */ .y0.value))) {
            throw new UsageError(`--${name} looks like it holds a Fly token, which does not belong there; nothing was sent. ` +
                'Give the token only in FLY_API_TOKEN (or FLY_ACCESS_TOKEN) or on standard input', command);
        }
    }
}
function splitList(value) {
    return (value ?? '')
        .split(',')
        .map(s => s.trim())
        .filter(s => s.length > 0);
}
function parseFailOn(value) {
    const failOn = (0,_rules_types_js__WEBPACK_IMPORTED_MODULE_3__/* .failOnFrom */ .ew)(value ?? 'high');
    if (failOn === undefined) {
        throw new UsageError(`--fail-on must be one of ${_rules_types_js__WEBPACK_IMPORTED_MODULE_3__/* .SEVERITIES */ .oC.join(', ')} or never`);
    }
    return failOn;
}


/***/ }),

/***/ 5518:
/***/ ((__unused_webpack___webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

"use strict";

// EXTERNAL MODULE: ./lib/token/scrub.js
var scrub = __nccwpck_require__(8094);
// EXTERNAL MODULE: ./lib/fly/version.js
var version = __nccwpck_require__(529);
// EXTERNAL MODULE: ./lib/token/index.js + 6 modules
var lib_token = __nccwpck_require__(6700);
// EXTERNAL MODULE: ./lib/token/token-shape.js
var token_shape = __nccwpck_require__(148);
// EXTERNAL MODULE: ./lib/cli/args.js
var cli_args = __nccwpck_require__(2453);
// EXTERNAL MODULE: ./lib/cli/io.js
var io = __nccwpck_require__(8908);
// EXTERNAL MODULE: ./lib/fly/proxy-environment.js
var proxy_environment = __nccwpck_require__(7081);
;// CONCATENATED MODULE: ./lib/cli/main.js
// The CLI: the action's engine for terminals. Exit codes: 0 pass, 1 findings at or above
// --fail-on, 2 bad input or usage. Every message is redacted: the token never reaches a terminal.







const COMMANDS = {
    inspect: async () => (await __nccwpck_require__.e(/* import() */ 825).then(__nccwpck_require__.bind(__nccwpck_require__, 8825))).runInspectCommand,
    check: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(29), __nccwpck_require__.e(904), __nccwpck_require__.e(430)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1430))).runCheckCommand,
    scan: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(29), __nccwpck_require__.e(904), __nccwpck_require__.e(416), __nccwpck_require__.e(161)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5161))).runScanCommand,
    attenuate: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(7), __nccwpck_require__.e(73), __nccwpck_require__.e(868)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5971))).runAttenuateCli,
    // The audit loads the GitHub client with it, and @actions/github builds its proxy agent then.
    audit: async () => {
        (0,proxy_environment/* assertUsableProxyEnvironment */.oM)();
        return (await Promise.all(/* import() */[__nccwpck_require__.e(29), __nccwpck_require__.e(7), __nccwpck_require__.e(159), __nccwpck_require__.e(904), __nccwpck_require__.e(416), __nccwpck_require__.e(15)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9015))).runAuditCommand;
    }
};
/** One line: the reason, and where to read the usage. */
function usageErrorLine(error, running) {
    const command = error.command ?? running;
    const who = command ? `fly-token-guard ${command}` : 'fly-token-guard';
    // Usage errors quote the command line (an unknown option, a stray argument, a path), where a
    // pasted token may be cut anywhere and so decode to nothing: any token-shaped run goes.
    const message = (0,token_shape/* redactTokenShapes */.dZ)(error.message, token_shape/* TOKEN_SHAPE */.y0.fragment);
    return `${who}: ${message} (see '${who} --help')`;
}
async function main(argv, env = process.env, stdinIsTTY = Boolean(process.stdin.isTTY), stdin = process.stdin) {
    // Scan output and errors quote repository text: the scrub runs before any token is read. The
    // audit's GitHub token is a secret too: what GitHub answers (repository names, paths, errors)
    // could repeat it.
    const gitHubTokens = [env.GITHUB_TOKEN, env.GH_TOKEN].flatMap(value => value !== undefined && value.trim() !== '' ? [value.trim()] : []);
    let redact = (0,scrub/* createScrub */.EN)(gitHubTokens);
    const err = (text) => void process.stderr.write(redact(text) + '\n');
    const out = (text) => void process.stdout.write(redact(text) + '\n');
    let running;
    try {
        const invocation = (0,cli_args/* parseInvocation */.wG)(argv);
        if (invocation.kind === 'version') {
            out(version/* FLY_TOKEN_GUARD_VERSION */.p);
            return 0;
        }
        if (invocation.kind === 'help') {
            out(invocation.command ? (0,cli_args/* commandUsage */.T3)(invocation.command) : cli_args/* USAGE */.u_);
            return 0;
        }
        const { args } = invocation;
        running = args.command;
        let token;
        const readToken = () => {
            token ??= (0,io/* readTokenFromEnvOrStdin */.ko)(env, stdinIsTTY, stdin).then(value => {
                redact = (0,scrub/* createScrub */.EN)([
                    ...gitHubTokens,
                    ...(value.trim() === '' ? [] : (0,lib_token/* tokenFragments */.pV)(value))
                ]);
                return value;
            });
            return token;
        };
        const handler = await COMMANDS[args.command]();
        return await handler({ args, env, stdinIsTTY, out, err, token: readToken });
    }
    catch (error) {
        if (error instanceof cli_args/* UsageError */.eb) {
            err(usageErrorLine(error, running));
        }
        else {
            err(`fly-token-guard: ${error instanceof Error ? error.message : String(error)}`);
        }
        return 2;
    }
}

;// CONCATENATED MODULE: ./lib/cli/index.js
// CLI entry point. No top-level await: the bundle is CommonJS (scripts/package.mjs says why).

void main(process.argv.slice(2)).then(code => {
    process.exitCode = code;
});


/***/ }),

/***/ 8908:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G_: () => (/* binding */ MAX_STDIN_BYTES),
/* harmony export */   Ij: () => (/* binding */ NO_TOKEN_MESSAGE),
/* harmony export */   ko: () => (/* binding */ readTokenFromEnvOrStdin)
/* harmony export */ });
/* harmony import */ var _io_read_capped_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8854);
// Where the CLI gets a token: FLY_ACCESS_TOKEN, FLY_API_TOKEN, then standard input (flyctl's order).
// Standard input is read as a stream to its end, however late the data comes
// (`fly tokens create \u2026 | fly-token-guard inspect`), up to MAX_STDIN_BYTES: a Fly token is a few
// KiB, so anything larger is a mistake, refused with a clear message rather than held in memory.

const MAX_STDIN_BYTES = 1024 * 1024;
/** Standard input could not be read, or held more than MAX_STDIN_BYTES: exit 2. */
class StdinError extends Error {
}
/** Reads a stream to its end as UTF-8, refusing more than `limit` bytes. */
async function readStreamToEnd(stream, limit = MAX_STDIN_BYTES) {
    try {
        return await (0,_io_read_capped_js__WEBPACK_IMPORTED_MODULE_0__/* .readCapped */ .EF)(stream, limit);
    }
    catch (error) {
        if (error instanceof _io_read_capped_js__WEBPACK_IMPORTED_MODULE_0__/* .TooLargeError */ .qB) {
            throw new StdinError(`standard input holds more than ${limit / 1024 / 1024} MiB; a Fly token is a few KiB: pipe the token alone`);
        }
        const code = error.code;
        throw new StdinError(`cannot read standard input${code ? ` (${code})` : ''}`);
    }
}
/** What a command that needs a token says when neither the environment nor stdin gave one. */
const NO_TOKEN_MESSAGE = 'fly-token-guard: no token: set FLY_API_TOKEN (or FLY_ACCESS_TOKEN), or pipe it on standard input.';
async function readTokenFromEnvOrStdin(env, stdinIsTTY, stdin = process.stdin) {
    for (const name of ['FLY_ACCESS_TOKEN', 'FLY_API_TOKEN']) {
        const value = env[name];
        if (value !== undefined && value.trim() !== '')
            return value;
    }
    // A terminal would wait for typing: the token is expected in the environment then.
    if (stdinIsTTY)
        return '';
    return readStreamToEnd(stdin);
}


/***/ }),

/***/ 7081:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   c2: () => (/* binding */ ProxyEnvironmentError),
/* harmony export */   oM: () => (/* binding */ assertUsableProxyEnvironment)
/* harmony export */ });
/* unused harmony export brokenProxyVariables */
// The proxy variables, read as undici reads them, and the one message for a variable it cannot
// use. The CLI and the action both say it; neither repeats the value (a proxy URL may carry
// credentials). No undici here: the action's error handling loads this at startup.
/**
 * The proxy variables in force that no HTTP client can use. Of each pair, the lower-case form
 * wins when set (undici's order), and an empty value means no proxy.
 */
function brokenProxyVariables(env = process.env, overrides = {}) {
    const inForce = [
        overrides.httpProxy !== undefined
            ? ['httpProxy', overrides.httpProxy]
            : firstSet(env, 'http_proxy', 'HTTP_PROXY'),
        overrides.httpsProxy !== undefined
            ? ['httpsProxy', overrides.httpsProxy]
            : firstSet(env, 'https_proxy', 'HTTPS_PROXY')
    ];
    const broken = [];
    for (const [name, value] of inForce) {
        if (!value)
            continue;
        if (!URL.canParse(value))
            broken.push({ name, problem: 'not-a-url' });
        else if (!['http:', 'https:'].includes(new URL(value).protocol))
            broken.push({ name, problem: 'not-http' });
    }
    return broken;
}
function firstSet(env, lower, upper) {
    return env[lower] !== undefined ? [lower, env[lower]] : [upper, env[upper]];
}
/** A proxy variable that cannot be used: named, with what is wrong and what to set. */
class ProxyEnvironmentError extends Error {
    broken;
    name = 'ProxyEnvironmentError';
    constructor(broken) {
        super(proxyEnvironmentMessage(broken));
        this.broken = broken;
    }
}
/** Throws ProxyEnvironmentError when a proxy variable in force cannot be used. */
function assertUsableProxyEnvironment(env = process.env, overrides = {}) {
    const broken = brokenProxyVariables(env, overrides);
    if (broken.length > 0)
        throw new ProxyEnvironmentError(broken);
}
const PROBLEMS = {
    'not-a-url': 'is not a URL',
    'not-http': 'is not an http:// or https:// URL (SOCKS and other proxies are not supported)'
};
function proxyEnvironmentMessage(broken) {
    const named = broken.length === 0
        ? ['the proxy environment (HTTPS_PROXY, HTTP_PROXY or their lower-case forms) is not usable']
        : broken.map(({ name, problem }) => `the proxy variable ${name} ${PROBLEMS[problem]}`);
    return (`${named.join('; ')}. Set it to http://host:port or https://host:port, or unset it ` +
        '(its value is not shown: a proxy URL may carry credentials)');
}


/***/ }),

/***/ 529:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ FLY_TOKEN_GUARD_VERSION),
/* harmony export */   q: () => (/* binding */ DEFAULT_USER_AGENT)
/* harmony export */ });
// The version sent in the User-Agent. A constant (not package.json read at runtime) because the
// bundled dist/ has no package.json next to it; a test keeps the two in step.
const FLY_TOKEN_GUARD_VERSION = '1.4.0';
const DEFAULT_USER_AGENT = `fly-token-guard/${FLY_TOKEN_GUARD_VERSION}`;


/***/ }),

/***/ 8854:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EF: () => (/* binding */ readCapped),
/* harmony export */   Lo: () => (/* binding */ readCappedBytes),
/* harmony export */   qB: () => (/* binding */ TooLargeError)
/* harmony export */ });
// Reads a stream from outside (standard input, Fly and GitHub bodies) to its end, refusing more
// than a byte limit: anything larger is a mistake or hostile, and is never held in memory.
// (`node:stream/consumers` reads to the end without a limit.)
/** The stream held more than `limit` bytes: reading stopped there. */
class TooLargeError extends Error {
    limit;
    constructor(limit) {
        super(`more than ${limit} bytes`);
        this.limit = limit;
    }
}
/** The stream's text; throws TooLargeError past `limit` bytes, and the stream's own errors. */
async function readCapped(stream, limit) {
    return (await readCappedBytes(stream, limit)).toString('utf8');
}
/** The stream's bytes; throws TooLargeError past `limit` bytes, and the stream's own errors. */
async function readCappedBytes(stream, limit) {
    const chunks = [];
    let size = 0;
    // Leaving the loop ends the iteration, which destroys a Node stream: nothing more is read.
    for await (const chunk of stream) {
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        size += bytes.length;
        if (size > limit)
            throw new TooLargeError(limit);
        chunks.push(bytes);
    }
    return Buffer.concat(chunks);
}


/***/ }),

/***/ 3042:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Xb: () => (/* binding */ verdictFor),
/* harmony export */   ew: () => (/* binding */ failOnFrom),
/* harmony export */   fs: () => (/* binding */ docsUrl),
/* harmony export */   n9: () => (/* binding */ reachesFailOn),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   qs: () => (/* binding */ severityRank),
/* harmony export */   v9: () => (/* binding */ advice)
/* harmony export */ });
const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'];
/** Higher is worse: critical 4 ... info 0. */
function severityRank(severity) {
    return SEVERITIES.length - 1 - SEVERITIES.indexOf(severity);
}
/** A fail-on setting as people write it (`high`, `never` or `none`, any case); else undefined. */
function failOnFrom(text) {
    const value = text.trim().toLowerCase();
    if (value === 'never' || value === 'none')
        return 'never';
    return SEVERITIES.includes(value) ? value : undefined;
}
/** Whether a finding of `severity` (null: none) fails a run that fails on `failOn`. */
function reachesFailOn(severity, failOn) {
    return failOn !== 'never' && severity !== null && severityRank(severity) >= severityRank(failOn);
}
/** fail when any finding reaches `failOn`; warn when any finding is above info; else pass. */
function verdictFor(findings, failOn) {
    if (findings.some(f => reachesFailOn(f.severity, failOn)))
        return 'fail';
    return findings.some(f => f.severity !== 'info') ? 'warn' : 'pass';
}
function docsUrl(ruleId) {
    return `https://github.com/fly-token-guard/fly-token-guard/blob/main/docs/rules/${ruleId}.md`;
}
/** A fix that is a change to make, with no command to run. */
function advice(summary) {
    return { summary, commands: [] };
}


/***/ }),

/***/ 7355:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $M: () => (/* binding */ actionsWithin),
/* harmony export */   Xg: () => (/* binding */ deny),
/* harmony export */   aH: () => (/* binding */ accessShapeError),
/* harmony export */   cB: () => (/* binding */ unspecified),
/* harmony export */   cg: () => (/* binding */ ALLOW),
/* harmony export */   rS: () => (/* binding */ LITEFS_FEATURE)
/* harmony export */ });
/* harmony import */ var _actions_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(598);
// The access being checked (flyio.Access, normalised) and what a caveat says about it.

const ALLOW = { ok: true };
function deny(reason) {
    return { ok: false, unspecified: false, reason };
}
function unspecified(resource) {
    return { ok: false, unspecified: true, reason: `must specify ${resource}` };
}
/** Every action of the access within `mask` (resset's check); `on` names the resource in refusals. */
function actionsWithin(action, mask, on = '') {
    if ((0,_actions_js__WEBPACK_IMPORTED_MODULE_0__/* .isSubsetOf */ .Yy)(action, mask))
        return ALLOW;
    const missing = (0,_actions_js__WEBPACK_IMPORTED_MODULE_0__/* .actionLetters */ .oF)((0,_actions_js__WEBPACK_IMPORTED_MODULE_0__/* .missingBits */ .zy)(action, mask));
    return deny(`unauthorized for access ${(0,_actions_js__WEBPACK_IMPORTED_MODULE_0__/* .actionLetters */ .oF)(action)}${on} (${missing} not allowed)`);
}
const LITEFS_FEATURE = 'litefs-cloud';
/**
 * flyio.Access.Validate: an access names one thing on one parent (an org; at most one of app,
 * feature, storage object; app-owned things need the app; commands need a machine). Null when fine.
 */
function accessShapeError(a) {
    if (a.orgId === undefined)
        return 'the access must name an organization';
    const count = (...fields) => fields.filter(f => f !== undefined).length;
    const orgLevel = count(a.appId, a.feature, a.storageObject);
    if (orgLevel > 1)
        return 'app, feature and storage object are mutually exclusive';
    const appLevel = count(a.machine, a.volume, a.appFeature);
    if (appLevel > 0 && a.appId === undefined)
        return 'an app-owned resource needs the app';
    if (appLevel > 1)
        return 'machine, volume and app feature are mutually exclusive';
    if (a.cluster !== undefined) {
        if (a.feature === undefined)
            return `clusters need the ${LITEFS_FEATURE} feature`;
        if (a.feature !== LITEFS_FEATURE)
            return `clusters require the ${LITEFS_FEATURE} feature`;
    }
    const machineLevel = count(a.command, a.machineFeature);
    if (machineLevel > 0 && a.machine === undefined)
        return 'a command or machine feature needs the machine';
    if (machineLevel > 1)
        return 'command and machine feature are mutually exclusive';
    return null;
}


/***/ }),

/***/ 598:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   IP: () => (/* binding */ ACTION_BITS),
/* harmony export */   SG: () => (/* binding */ ACTION_READ),
/* harmony export */   Yy: () => (/* binding */ isSubsetOf),
/* harmony export */   dC: () => (/* binding */ ACTION_WORDS),
/* harmony export */   oF: () => (/* binding */ actionLetters),
/* harmony export */   vQ: () => (/* binding */ actionMask),
/* harmony export */   zq: () => (/* binding */ ACTION_ALL),
/* harmony export */   zy: () => (/* binding */ missingBits)
/* harmony export */ });
const ACTION_READ = 1;
const ACTION_ALL = 31;
/** The five single-action bits, in letter order. */
const ACTION_BITS = [1, 2, 4, 8, 16];
const LETTERS = 'rwcdC';
/** Each action letter as a word. */
const ACTION_WORDS = {
    r: 'read',
    w: 'write',
    c: 'create',
    d: 'delete',
    C: 'control'
};
/** Letters for a mask (bits above C are not actions and are dropped, as the library does). */
function actionLetters(mask) {
    return [...LETTERS].filter((_, bit) => (mask & (1 << bit)) !== 0).join('');
}
/** Mask for letters; unknown letters are ignored, `*` means everything (library semantics). */
function actionMask(letters) {
    if (letters === '*')
        return 0xffff;
    let mask = 0;
    for (const ch of letters) {
        const bit = LETTERS.indexOf(ch);
        if (bit >= 0)
            mask |= 1 << bit;
    }
    return mask;
}
/** `a` is allowed by `b` when every bit of `a` is in `b` (resset.IsSubsetOf). */
function isSubsetOf(a, b) {
    return (a & b) === a;
}
/** The bits of `a` that `b` does not grant (resset.Remove). */
function missingBits(a, b) {
    return a & ~b;
}


/***/ }),

/***/ 9976:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Mh: () => (/* binding */ PERMISSION_LOCATION),
  LF: () => (/* binding */ assignRoles),
  Ai: () => (/* binding */ pairGrants),
  VY: () => (/* binding */ relationProblems),
  rS: () => (/* binding */ thirdPartyCaveats),
  pl: () => (/* binding */ undischargedTickets)
});

// EXTERNAL MODULE: ./lib/token/caveats/caveat.js
var caveat = __nccwpck_require__(8367);
// EXTERNAL MODULE: ./lib/token/caveats/third-party.js
var third_party = __nccwpck_require__(5583);
// EXTERNAL MODULE: ./lib/token/json.js
var json = __nccwpck_require__(2823);
// EXTERNAL MODULE: ./lib/token/problems.js
var problems = __nccwpck_require__(213);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./lib/token/uuid.js
// Token identity: the nonce e-mail Fly's GraphQL `viewer` shows for a macaroon.

const KID_NAMESPACE = Buffer.from('968fc2c6a94f4988a5442ad72b02f222', 'hex');
/** RFC 4122 name-based UUID (SHA-1, version 5) over raw bytes, as github.com/google/uuid NewSHA1. */
function uuidV5(namespace, name) {
    const out = Uint8Array.from((0,external_node_crypto_.createHash)('sha1').update(namespace).update(name).digest()).subarray(0, 16);
    out[6] = ((out[6] ?? 0) & 0x0f) | 0x50;
    out[8] = ((out[8] ?? 0) & 0x3f) | 0x80;
    return out;
}
function formatUuid(bytes) {
    const hex = Buffer.from(bytes).toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
/** `<UUIDv5(UUIDv5(ns, KID), Rnd)>@tokens.fly.io`. */
function nonceEmail(kid, rnd) {
    return `${formatUuid(uuidV5(uuidV5(KID_NAMESPACE, kid), rnd))}@tokens.fly.io`;
}

;// CONCATENATED MODULE: ./lib/token/bundle.js
// The macaroons of a bundle together: each one's role (permission, discharge, unknown), each
// permission token paired with its discharges (3P ticket == discharge KID, byte for byte), and
// the problems those relations reveal (missing discharges, unregistered caveats).





const PERMISSION_LOCATION = 'https://api.fly.io/v1';
/** Where Fly's discharges come from (besides any location a 3P caveat in the bundle names). */
const KNOWN_THIRD_PARTY_LOCATIONS = [
    'https://api.fly.io/aaa/v1',
    'https://auth.fly.io'
];
/** Every 3P caveat of a macaroon, IfPresent contents included. */
function thirdPartyCaveats(m) {
    return (0,caveat/* allCaveats */.Dp)(m.caveats).filter(c => c instanceof third_party/* ThirdPartyCaveat */._R);
}
/** The bundle's macaroons that are not permission tokens, by KID in hex (what a 3P ticket names). */
function dischargesByKid(macaroons) {
    const byKid = new Map();
    for (const m of macaroons) {
        if (m.role === 'permission')
            continue;
        const same = byKid.get(m.kidHex);
        if (same)
            same.push(m);
        else
            byKid.set(m.kidHex, [m]);
    }
    return byKid;
}
function assignRoles(decoded) {
    const bundled = decoded.map(({ macaroon, piece }, index) => ({
        ...macaroon,
        index,
        piece: piece.index,
        label: piece.label,
        role: 'unknown',
        identity: nonceEmail(macaroon.nonce.kid, macaroon.nonce.rnd),
        kidHex: (0,json/* toHex */.nj)(macaroon.nonce.kid)
    }));
    // Third parties: the known ones and any a 3P caveat in the bundle names; KIDs tickets name.
    const thirdParties = new Set(KNOWN_THIRD_PARTY_LOCATIONS);
    const tickets = new Set();
    for (const m of bundled) {
        for (const tp of thirdPartyCaveats(m)) {
            thirdParties.add(tp.location);
            if (tp.ticket)
                tickets.add((0,json/* toHex */.nj)(tp.ticket));
        }
    }
    for (const m of bundled) {
        if (m.location === PERMISSION_LOCATION)
            m.role = 'permission';
        else if (m.nonce.proof || thirdParties.has(m.location) || tickets.has(m.kidHex))
            m.role = 'discharge';
    }
    return bundled;
}
/**
 * Pair each permission token with a discharge for each of its 3P tickets (KID == ticket). Of
 * several discharges for one ticket, Fly's verifier uses the first that verifies: offline that is
 * the first in header order that `verifiable` does not rule out (else the first).
 */
function pairGrants(macaroons, verifiable) {
    const byKid = dischargesByKid(macaroons);
    const grants = [];
    for (const token of macaroons) {
        if (token.role !== 'permission')
            continue;
        const discharges = new Set();
        for (const tp of thirdPartyCaveats(token)) {
            const candidates = tp.ticket ? (byKid.get((0,json/* toHex */.nj)(tp.ticket)) ?? []) : [];
            const chosen = candidates.find(verifiable) ?? candidates[0];
            if (chosen)
                discharges.add(chosen);
        }
        grants.push({ token, discharges: [...discharges].sort((a, b) => a.index - b.index) });
    }
    return grants;
}
/** Each permission token's 3P caveats whose discharge (KID == ticket) is not in the bundle. */
function undischargedTickets(macaroons, grants) {
    const out = [];
    const kids = dischargesByKid(macaroons);
    for (const { token } of grants) {
        for (const caveat of thirdPartyCaveats(token)) {
            if (caveat.ticket === null || !kids.has((0,json/* toHex */.nj)(caveat.ticket)))
                out.push({ token, caveat });
        }
    }
    return out;
}
function relationProblems(macaroons, grants) {
    const out = [];
    for (const { token, caveat } of undischargedTickets(macaroons, grants)) {
        const message = `token ${token.index + 1} needs a discharge from ${caveat.location} that is not in the header: it cannot be used without an interactive login`;
        out.push((0,problems/* problem */.CC)('missing-discharge', message, false, token.piece));
    }
    for (const m of macaroons) {
        if (m.unregisteredTypes.length === 0)
            continue;
        const types = [...new Set(m.unregisteredTypes.map(String))];
        const shown = types.slice(0, 5).join(', ') + (types.length > 5 ? ', ...' : '');
        const message = `token ${m.index + 1} has caveats of unregistered type ${shown}: Fly refuses any access through them`;
        out.push((0,problems/* problem */.CC)('unregistered-caveat', message, false, m.piece));
    }
    if (macaroons.length > 0 && grants.length === 0) {
        out.push((0,problems/* problem */.CC)('no-permission-token', 'no permission token (only discharges or other macaroons): Fly will refuse it', false));
    }
    return out;
}


/***/ }),

/***/ 8367:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dp: () => (/* binding */ allCaveats),
/* harmony export */   WK: () => (/* binding */ BaseCaveat),
/* harmony export */   a9: () => (/* binding */ defineCaveat)
/* harmony export */ });
/** Defaults shared by the plain (non-wrapper, non-attestation) caveats. */
class BaseCaveat {
    raw;
    type;
    name;
    isAttestation = false;
    verificationOnly = false;
    constructor(raw, kind) {
        this.raw = raw;
        this.type = kind.type;
        this.name = kind.name;
    }
    nested() {
        return [];
    }
}
/** One caveat type, its number and name given once: `decode` hands the kind to the caveat. */
function defineCaveat(type, name, decode) {
    const kind = { type, name };
    return { ...kind, decode: (raw, ctx) => decode(raw, kind, ctx) };
}
/** Every caveat anywhere inside `caveats`, IfPresent contents included (GetCaveats), breadth first. */
function allCaveats(caveats) {
    const out = caveats.slice();
    for (let i = 0; i < out.length; i++)
        for (const inner of out[i].nested())
            out.push(inner);
    return out;
}


/***/ }),

/***/ 2057:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ commandsDefinition),
/* harmony export */   z: () => (/* binding */ CommandsCaveat)
/* harmony export */ });
/* harmony import */ var _access_model_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7355);
/* harmony import */ var _msgpack_values_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(700);
/* harmony import */ var _caveat_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8367);
// Type 27, Commands: `[[args, exact], ...]`, the commands a machine-exec token may run.
// A rule matches when its args are a prefix of the command (exactly equal when `exact`);
// a rule with no args and exact=false matches any command.



function ruleMatches(rule, command) {
    const args = rule.args ?? [];
    if (args.length > command.length)
        return false;
    if (rule.exact && args.length !== command.length)
        return false;
    return args.every((arg, i) => arg === command[i]);
}
class CommandsCaveat extends _caveat_js__WEBPACK_IMPORTED_MODULE_2__/* .BaseCaveat */ .WK {
    commands;
    constructor(raw, kind, commands) {
        super(raw, kind);
        this.commands = commands;
    }
    /** The rules in the inspection's shape. */
    rules() {
        return this.commands.map(c => ({ args: [...(c.args ?? [])], exact: c.exact }));
    }
    describe() {
        // Go's `exact,omitempty`: false is left out.
        return this.commands.map(c => {
            const out = { args: c.args === null ? null : [...c.args] };
            if (c.exact)
                out.exact = true;
            return out;
        });
    }
    prohibits(a) {
        if (a.command === undefined)
            return (0,_access_model_js__WEBPACK_IMPORTED_MODULE_0__/* .unspecified */ .cB)('a command');
        const command = a.command;
        if (!this.commands.some(rule => ruleMatches(rule, command))) {
            return (0,_access_model_js__WEBPACK_IMPORTED_MODULE_0__/* .deny */ .Xg)(`unauthorized for commands [${command.join(' ')}]`);
        }
        return _access_model_js__WEBPACK_IMPORTED_MODULE_0__/* .ALLOW */ .cg;
    }
}
const commandsDefinition = (0,_caveat_js__WEBPACK_IMPORTED_MODULE_2__/* .defineCaveat */ .a9)(27n, 'Commands', (raw, kind) => {
    const commands = (0,_msgpack_values_js__WEBPACK_IMPORTED_MODULE_1__/* .asArray */ ._j)((0,_msgpack_values_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeValue */ .wz)(raw), '[[args, exact], ...]').map(item => {
        const [args, exact] = (0,_msgpack_values_js__WEBPACK_IMPORTED_MODULE_1__/* .asArray */ ._j)(item, '[args, exact]', 2);
        const list = (0,_msgpack_values_js__WEBPACK_IMPORTED_MODULE_1__/* .asOptionalArray */ ._V)(args, 'a list of arguments');
        return {
            args: list === null ? null : list.map(arg => (0,_msgpack_values_js__WEBPACK_IMPORTED_MODULE_1__/* .asString */ .oJ)(arg, 'string arguments')),
            exact: (0,_msgpack_values_js__WEBPACK_IMPORTED_MODULE_1__/* .asBool */ .XL)(exact, 'a boolean')
        };
    });
    return new CommandsCaveat(raw, kind, commands);
});


/***/ }),

/***/ 4613:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fi: () => (/* binding */ googleUserIdDefinition),
/* harmony export */   NY: () => (/* binding */ gitHubUserIdDefinition),
/* harmony export */   N_: () => (/* binding */ AttestationCaveat),
/* harmony export */   XS: () => (/* binding */ isUserDefinition),
/* harmony export */   Z8: () => (/* binding */ flyioUserIdDefinition),
/* harmony export */   yX: () => (/* binding */ IsUserCaveat)
/* harmony export */ });
/* harmony import */ var _access_model_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7355);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2823);
/* harmony import */ var _msgpack_values_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(700);
/* harmony import */ var _caveat_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8367);
// Who made the token. IsUser (10, `[id]`) is plain metadata. The attestations FlyioUserID (23),
// GitHubUserID (24) and GoogleUserID (25, big-endian bytes) are positive assertions a discharge
// makes; top-level validation skips them and they refuse anything when nested.




class IsUserCaveat extends _caveat_js__WEBPACK_IMPORTED_MODULE_2__/* .BaseCaveat */ .WK {
    userId;
    constructor(raw, kind, userId) {
        super(raw, kind);
        this.userId = userId;
    }
    describe() {
        return { uint64: (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .jsonInteger */ .R1)(this.userId) }; // sic: the library's JSON key
    }
    prohibits() {
        return _access_model_js__WEBPACK_IMPORTED_MODULE_0__/* .ALLOW */ .cg;
    }
}
/** An attestation: which user a third party vouches for. The three differ only in their data. */
class AttestationCaveat extends _caveat_js__WEBPACK_IMPORTED_MODULE_2__/* .BaseCaveat */ .WK {
    userId;
    isAttestation = true;
    constructor(raw, kind, userId) {
        super(raw, kind);
        this.userId = userId;
    }
    describe() {
        return (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .jsonInteger */ .R1)(this.userId);
    }
    prohibits() {
        return (0,_access_model_js__WEBPACK_IMPORTED_MODULE_0__/* .deny */ .Xg)('bad caveat (attestations cannot authorize an access)');
    }
}
function bigEndian(bytes) {
    return bytes.length === 0 ? 0n : BigInt(`0x${Buffer.from(bytes).toString('hex')}`);
}
function attestation(type, name, read) {
    return (0,_caveat_js__WEBPACK_IMPORTED_MODULE_2__/* .defineCaveat */ .a9)(type, name, (raw, kind) => new AttestationCaveat(raw, kind, read((0,_msgpack_values_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeValue */ .wz)(raw))));
}
const isUserDefinition = (0,_caveat_js__WEBPACK_IMPORTED_MODULE_2__/* .defineCaveat */ .a9)(10n, 'IsUser', (raw, kind) => {
    const [id] = (0,_msgpack_values_js__WEBPACK_IMPORTED_MODULE_1__/* .asArray */ ._j)((0,_msgpack_values_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeValue */ .wz)(raw), '[userId]', 1);
    return new IsUserCaveat(raw, kind, (0,_msgpack_values_js__WEBPACK_IMPORTED_MODULE_1__/* .asUint */ .ZC)(id, 'a user id'));
});
const uintId = (value) => (0,_msgpack_values_js__WEBPACK_IMPORTED_MODULE_1__/* .asUint */ .ZC)(value, 'a user id');
const flyioUserIdDefinition = attestation(23n, 'FlyioUserID', uintId);
const gitHubUserIdDefinition = attestation(24n, 'GitHubUserID', uintId);
/** Google's user ids are big-endian bytes. */
const googleUserIdDefinition = attestation(25n, 'GoogleUserID', value => bigEndian((0,_msgpack_values_js__WEBPACK_IMPORTED_MODULE_1__/* .asBytes */ .Yd)(value, 'user id bytes')));


/***/ }),

/***/ 5891:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ MutationsCaveat),
/* harmony export */   a: () => (/* binding */ mutationsDefinition)
/* harmony export */ });
/* harmony import */ var _access_model_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7355);
/* harmony import */ var _msgpack_values_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(700);
/* harmony import */ var _caveat_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8367);
// Type 6, Mutations: `[[name, ...]]`, the GraphQL mutations the token may run (ssh tokens).
// Every access must name one of them.



class MutationsCaveat extends _caveat_js__WEBPACK_IMPORTED_MODULE_2__/* .BaseCaveat */ .WK {
    mutations;
    constructor(raw, kind, mutations) {
        super(raw, kind);
        this.mutations = mutations;
    }
    describe() {
        return { mutations: this.mutations === null ? null : [...this.mutations] };
    }
    prohibits(a) {
        if (a.mutation === undefined)
            return (0,_access_model_js__WEBPACK_IMPORTED_MODULE_0__/* .unspecified */ .cB)('a GraphQL mutation');
        if (!(this.mutations ?? []).includes(a.mutation)) {
            return (0,_access_model_js__WEBPACK_IMPORTED_MODULE_0__/* .deny */ .Xg)(`unauthorized for mutation ${a.mutation}`);
        }
        return _access_model_js__WEBPACK_IMPORTED_MODULE_0__/* .ALLOW */ .cg;
    }
}
const mutationsDefinition = (0,_caveat_js__WEBPACK_IMPORTED_MODULE_2__/* .defineCaveat */ .a9)(6n, 'Mutations', (raw, kind) => {
    const [list] = (0,_msgpack_values_js__WEBPACK_IMPORTED_MODULE_1__/* .asArray */ ._j)((0,_msgpack_values_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeValue */ .wz)(raw), '[[mutation, ...]]', 1);
    const names = (0,_msgpack_values_js__WEBPACK_IMPORTED_MODULE_1__/* .asOptionalArray */ ._V)(list, 'a list of mutations');
    return new MutationsCaveat(raw, kind, names === null ? null : names.map(n => (0,_msgpack_values_js__WEBPACK_IMPORTED_MODULE_1__/* .asString */ .oJ)(n, 'mutation names')));
});


/***/ }),

/***/ 8276:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ OrganizationCaveat),
/* harmony export */   h: () => (/* binding */ organizationDefinition)
/* harmony export */ });
/* harmony import */ var _actions_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(598);
/* harmony import */ var _access_model_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7355);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(2823);
/* harmony import */ var _msgpack_values_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(700);
/* harmony import */ var _caveat_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8367);
// Type 0, Organization: `[orgId, mask]`. The access must name this org and stay within the mask.





class OrganizationCaveat extends _caveat_js__WEBPACK_IMPORTED_MODULE_3__/* .BaseCaveat */ .WK {
    id;
    mask;
    constructor(raw, kind, id, mask) {
        super(raw, kind);
        this.id = id;
        this.mask = mask;
    }
    describe() {
        return { id: (0,_json_js__WEBPACK_IMPORTED_MODULE_4__/* .jsonInteger */ .R1)(this.id), mask: (0,_actions_js__WEBPACK_IMPORTED_MODULE_0__/* .actionLetters */ .oF)(this.mask) };
    }
    prohibits(a) {
        if (a.orgId === undefined)
            return (0,_access_model_js__WEBPACK_IMPORTED_MODULE_1__/* .unspecified */ .cB)('org');
        if (this.id !== 0n && this.id !== a.orgId) {
            return (0,_access_model_js__WEBPACK_IMPORTED_MODULE_1__/* .deny */ .Xg)(`unauthorized for org ${a.orgId}, only ${this.id}`);
        }
        return (0,_access_model_js__WEBPACK_IMPORTED_MODULE_1__/* .actionsWithin */ .$M)(a.action, this.mask);
    }
}
const organizationDefinition = (0,_caveat_js__WEBPACK_IMPORTED_MODULE_3__/* .defineCaveat */ .a9)(0n, 'Organization', (raw, kind) => {
    const [id, mask] = (0,_msgpack_values_js__WEBPACK_IMPORTED_MODULE_2__/* .asArray */ ._j)((0,_msgpack_values_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeValue */ .wz)(raw), '[orgId, mask]', 2);
    return new OrganizationCaveat(raw, kind, (0,_msgpack_values_js__WEBPACK_IMPORTED_MODULE_2__/* .asUint */ .ZC)(id, 'an org id'), (0,_msgpack_values_js__WEBPACK_IMPORTED_MODULE_2__/* .asMask */ .zN)(mask, 'an action mask', 16));
});


/***/ }),

/***/ 9766:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  L4: () => (/* binding */ CaveatDecodeError),
  Xn: () => (/* binding */ decodeCaveatSet)
});

// UNUSED EXPORTS: registeredCaveatTypes

// EXTERNAL MODULE: ./lib/token/limits.js
var limits = __nccwpck_require__(6485);
// EXTERNAL MODULE: ./lib/token/msgpack-scan.js
var msgpack_scan = __nccwpck_require__(259);
// EXTERNAL MODULE: ./lib/token/msgpack-values.js
var msgpack_values = __nccwpck_require__(700);
// EXTERNAL MODULE: ./lib/token/actions.js
var actions = __nccwpck_require__(598);
// EXTERNAL MODULE: ./lib/token/access-model.js
var access_model = __nccwpck_require__(7355);
// EXTERNAL MODULE: ./lib/token/caveats/caveat.js
var caveat = __nccwpck_require__(8367);
;// CONCATENATED MODULE: ./lib/token/caveats/action.js
// Type 26, Action: a bare action mask every access must stay within (ssh's read-only half).




class ActionCaveat extends caveat/* BaseCaveat */.WK {
    mask;
    constructor(raw, kind, mask) {
        super(raw, kind);
        this.mask = mask;
    }
    describe() {
        return (0,actions/* actionLetters */.oF)(this.mask);
    }
    prohibits(a) {
        return (0,access_model/* actionsWithin */.$M)(a.action, this.mask);
    }
}
const actionDefinition = (0,caveat/* defineCaveat */.a9)(26n, 'Action', (raw, kind) => new ActionCaveat(raw, kind, (0,msgpack_values/* asMask */.zN)((0,msgpack_values/* decodeValue */.wz)(raw), 'an action mask', 16)));

// EXTERNAL MODULE: ./lib/token/caveats/commands.js
var commands = __nccwpck_require__(2057);
// EXTERNAL MODULE: ./lib/token/json.js
var json = __nccwpck_require__(2823);
;// CONCATENATED MODULE: ./lib/token/caveats/discharge-requirements.js
// Requirements a third party checks before it issues a discharge (they live in 3P tickets):
// ConfineUser (8), ConfineOrganization (9), ConfineGoogleHD (19), ConfineGitHubOrg (20) and
// MaxValidity (21). Against an ordinary access they are invalid, so they refuse it (as Fly does).
// They differ only in the shape of their body, so they are one class.




class DischargeRequirementCaveat extends caveat/* BaseCaveat */.WK {
    json;
    constructor(raw, kind, 
    /** The body as the library renders it in JSON. */
    json) {
        super(raw, kind);
        this.json = json;
    }
    describe() {
        return this.json;
    }
    prohibits() {
        return (0,access_model/* deny */.Xg)('invalid access (this caveat only applies when discharging a 3P caveat)');
    }
}
function requirement(type, name, read) {
    return (0,caveat/* defineCaveat */.a9)(type, name, (raw, kind) => new DischargeRequirementCaveat(raw, kind, read((0,msgpack_values/* decodeValue */.wz)(raw))));
}
/** ConfineUser / ConfineOrganization: `[id]`, JSON `{"id": N}`. */
const confineId = (value) => {
    const [id] = (0,msgpack_values/* asArray */._j)(value, '[id]', 1);
    return { id: (0,json/* jsonInteger */.R1)((0,msgpack_values/* asUint */.ZC)(id, 'an id')) };
};
/** ConfineGitHubOrg / MaxValidity: a bare unsigned number. */
const uint = (value) => (0,json/* jsonInteger */.R1)((0,msgpack_values/* asUint */.ZC)(value, 'a number'));
const confineUserDefinition = requirement(8n, 'ConfineUser', confineId);
const confineOrganizationDefinition = requirement(9n, 'ConfineOrganization', confineId);
const confineGoogleHdDefinition = requirement(19n, 'ConfineGoogleHD', value => (0,msgpack_values/* asString */.oJ)(value, 'a domain'));
const confineGitHubOrgDefinition = requirement(20n, 'ConfineGitHubOrg', uint);
const maxValidityDefinition = requirement(21n, 'MaxValidity', uint);

// EXTERNAL MODULE: ./lib/token/caveats/identity.js
var identity = __nccwpck_require__(4613);
;// CONCATENATED MODULE: ./lib/token/caveats/if-present.js
// Type 13, IfPresent: `[ifs (flat caveat array), else (action mask)]`. When the access names a
// resource one of the `ifs` constrains, those caveats decide; otherwise only `else` is allowed.
// This is how deploy tokens say "full control of this app, read-only on the rest of the org".





class IfPresentCaveat extends caveat/* BaseCaveat */.WK {
    ifs;
    otherwise;
    constructor(raw, kind, ifs, otherwise) {
        super(raw, kind);
        this.ifs = ifs;
        this.otherwise = otherwise;
    }
    nested() {
        return this.ifs;
    }
    describe() {
        return {
            ifs: this.ifs.map(c => ({ type: c.name, body: c.describe() })),
            else: (0,actions/* actionLetters */.oF)(this.otherwise)
        };
    }
    prohibits(a) {
        let applies = false;
        const refusals = [];
        for (const caveat of this.ifs) {
            const verdict = caveat.prohibits(a);
            if (verdict.ok) {
                applies = true;
            }
            else if (!verdict.unspecified) {
                applies = true;
                refusals.push(verdict.reason);
            }
        }
        if (refusals.length)
            return (0,access_model/* deny */.Xg)(refusals.join('; '));
        return applies ? access_model/* ALLOW */.cg : (0,access_model/* actionsWithin */.$M)(a.action, this.otherwise);
    }
}
const ifPresentDefinition = (0,caveat/* defineCaveat */.a9)(13n, 'IfPresent', (raw, kind, ctx) => {
    // The ifs are decoded from their own bytes, so nested caveats keep theirs exactly.
    const [ifsRange, elseRange] = (0,msgpack_scan/* arrayItems */.ut)(raw, 0) ?? [];
    if (!ifsRange || !elseRange)
        throw new msgpack_values/* ShapeError */.ym('[ifs, else]');
    const ifs = ctx.decodeSet(raw.subarray(...ifsRange), ctx.depth + 1);
    const otherwise = (0,msgpack_values/* asMask */.zN)((0,msgpack_values/* decodeValue */.wz)(raw.subarray(...elseRange)), 'an action mask', 16);
    return new IfPresentCaveat(raw, kind, ifs, otherwise);
});

// EXTERNAL MODULE: ./lib/token/caveats/mutations.js
var mutations = __nccwpck_require__(5891);
// EXTERNAL MODULE: ./lib/token/caveats/organization.js
var organization = __nccwpck_require__(8276);
// EXTERNAL MODULE: ./lib/token/caveats/resources.js
var resources = __nccwpck_require__(886);
;// CONCATENATED MODULE: ./lib/token/caveats/roles.js
// Organization roles: AllowedRoles (30, a uint32 role mask) and IsMember (22, `[]`, the same as
// AllowedRoles{member}). An access needs admin when it touches a feature members may not use
// that way (flyio.MemberFeatures), otherwise member.





const ROLE_MEMBER = 1;
const ROLE_ADMIN = 0xffffffff;
/** What ordinary members may do with each org feature; unknown features need admin. */
const MEMBER_FEATURES = new Map([
    ['wg', actions/* ACTION_ALL */.zq],
    ['domain', actions/* ACTION_ALL */.zq],
    ['site', actions/* ACTION_ALL */.zq],
    ['builder', actions/* ACTION_ALL */.zq],
    ['addon', actions/* ACTION_ALL */.zq],
    ['checks', actions/* ACTION_ALL */.zq],
    ['litefs-cloud', actions/* ACTION_ALL */.zq],
    ['membership', actions/* ACTION_READ */.SG],
    ['billing', actions/* ACTION_READ */.SG],
    ['authentication', actions/* ACTION_READ */.SG],
    ['deletion', 0],
    ['document_signing', 0]
]);
function permittedRole(a) {
    if (a.feature === undefined)
        return ROLE_MEMBER;
    const memberMask = MEMBER_FEATURES.get(a.feature);
    return memberMask !== undefined && (0,actions/* isSubsetOf */.Yy)(a.action, memberMask) ? ROLE_MEMBER : ROLE_ADMIN;
}
function roleName(role) {
    if (role === ROLE_ADMIN)
        return 'admin';
    return role === ROLE_MEMBER ? 'member' : `roles ${role}`;
}
function checkRoles(mask, a) {
    const needed = permittedRole(a);
    // Role masks are uint32: compare unsigned.
    if ((mask & needed) >>> 0 === needed >>> 0)
        return access_model/* ALLOW */.cg;
    return (0,access_model/* deny */.Xg)(`unauthorized for role: ${(0,actions/* actionLetters */.oF)(a.action)} on this resource needs ${roleName(needed)}`);
}
class AllowedRolesCaveat extends caveat/* BaseCaveat */.WK {
    roles;
    constructor(raw, kind, roles) {
        super(raw, kind);
        this.roles = roles;
    }
    describe() {
        return (0,json/* jsonInteger */.R1)(BigInt(this.roles >>> 0));
    }
    prohibits(a) {
        return checkRoles(this.roles, a);
    }
}
class IsMemberCaveat extends caveat/* BaseCaveat */.WK {
    describe() {
        return {};
    }
    prohibits(a) {
        return checkRoles(ROLE_MEMBER, a);
    }
}
const allowedRolesDefinition = (0,caveat/* defineCaveat */.a9)(30n, 'AllowedRoles', (raw, kind) => new AllowedRolesCaveat(raw, kind, (0,msgpack_values/* asMask */.zN)((0,msgpack_values/* decodeValue */.wz)(raw), 'a role mask', 32)));
const isMemberDefinition = (0,caveat/* defineCaveat */.a9)(22n, 'IsMember', (raw, kind) => {
    (0,msgpack_values/* asArray */._j)((0,msgpack_values/* decodeValue */.wz)(raw), '[]');
    return new IsMemberCaveat(raw, kind);
});

;// CONCATENATED MODULE: ./lib/token/caveats/source.js
// Where a request must come from: FromMachineSource (15, `[machineId]`) and FlySrc
// (31, `[org, app, instance]`, from the Fly-Src header; empty parts are not checked).



class FromMachineSourceCaveat extends caveat/* BaseCaveat */.WK {
    machineId;
    constructor(raw, kind, machineId) {
        super(raw, kind);
        this.machineId = machineId;
    }
    describe() {
        return { id: this.machineId };
    }
    prohibits(a) {
        if (a.sourceMachine === undefined)
            return (0,access_model/* deny */.Xg)('invalid access: missing source machine');
        if (a.sourceMachine !== this.machineId) {
            return (0,access_model/* deny */.Xg)(`unauthorized source: only from machine ${this.machineId}`);
        }
        return access_model/* ALLOW */.cg;
    }
}
class FlySrcCaveat extends caveat/* BaseCaveat */.WK {
    organization;
    app;
    instance;
    constructor(raw, kind, organization, app, instance) {
        super(raw, kind);
        this.organization = organization;
        this.app = app;
        this.instance = instance;
    }
    describe() {
        return { organization: this.organization, app: this.app, instance: this.instance };
    }
    prohibits(a) {
        const parts = [
            ['machine', this.instance, a.sourceMachine],
            ['app', this.app, a.sourceApp],
            ['org', this.organization, a.sourceOrganization]
        ];
        for (const [what, required, given] of parts) {
            if (required === '')
                continue;
            if (given === undefined)
                return (0,access_model/* deny */.Xg)(`invalid access: missing source ${what}`);
            if (given !== required)
                return (0,access_model/* deny */.Xg)(`unauthorized source: only from ${what} ${required}`);
        }
        return access_model/* ALLOW */.cg;
    }
}
const fromMachineSourceDefinition = (0,caveat/* defineCaveat */.a9)(15n, 'FromMachineSource', (raw, kind) => {
    const [id] = (0,msgpack_values/* asArray */._j)((0,msgpack_values/* decodeValue */.wz)(raw), '[machineId]', 1);
    return new FromMachineSourceCaveat(raw, kind, (0,msgpack_values/* asString */.oJ)(id, 'a machine id'));
});
const flySrcDefinition = (0,caveat/* defineCaveat */.a9)(31n, 'FlySrc', (raw, kind) => {
    const [org, app, instance] = (0,msgpack_values/* asArray */._j)((0,msgpack_values/* decodeValue */.wz)(raw), '[org, app, instance]', 3);
    return new FlySrcCaveat(raw, kind, (0,msgpack_values/* asString */.oJ)(org, 'an org name'), (0,msgpack_values/* asString */.oJ)(app, 'an app name'), (0,msgpack_values/* asString */.oJ)(instance, 'an instance id'));
});

// EXTERNAL MODULE: ./lib/token/caveats/third-party.js
var third_party = __nccwpck_require__(5583);
;// CONCATENATED MODULE: ./lib/token/caveats/unregistered.js
// Any type number without a module (up to 2^64-1): kept with its raw bytes. Fly refuses every
// access through a caveat it does not know, so this caveat does too.




class UnregisteredCaveat extends caveat/* BaseCaveat */.WK {
    constructor(raw, type) {
        super(raw, { type, name: 'Unregistered' });
    }
    describe() {
        return { msgpack_hex: (0,json/* toHex */.nj)(this.raw), value: this.value() };
    }
    /** The decoded value when it is valid msgpack, else null (the hex still says everything). */
    value() {
        try {
            return (0,json/* jsonSafe */.yJ)((0,msgpack_values/* decodePlainValue */.uL)(this.raw));
        }
        catch {
            return null;
        }
    }
    prohibits() {
        return (0,access_model/* deny */.Xg)(`bad caveat (unregistered type ${this.type})`);
    }
}

// EXTERNAL MODULE: ./lib/token/caveats/validity-window.js
var validity_window = __nccwpck_require__(8902);
;// CONCATENATED MODULE: ./lib/token/caveats/registry.js
// The caveat registry: type number -> module. Decoding a caveat array goes through here, so
// adding a caveat type is one definition and one line below.
















/** Every registered type, in type-number order. */
const DEFINITIONS = [
    organization/* organizationDefinition */.h, // 0
    ...resources/* resourceSetDefinitions */.D, // 2, 3, 5, 7, 14, 16, 28, 29
    validity_window/* validityWindowDefinition */.M, // 4
    mutations/* mutationsDefinition */.a, // 6
    confineUserDefinition, // 8
    confineOrganizationDefinition, // 9
    identity/* isUserDefinition */.XS, // 10
    third_party/* thirdPartyDefinition */.pt, // 11
    third_party/* bindToParentTokenDefinition */.lq, // 12
    ifPresentDefinition, // 13
    fromMachineSourceDefinition, // 15
    confineGoogleHdDefinition, // 19
    confineGitHubOrgDefinition, // 20
    maxValidityDefinition, // 21
    isMemberDefinition, // 22
    identity/* flyioUserIdDefinition */.Z8, // 23
    identity/* gitHubUserIdDefinition */.NY, // 24
    identity/* googleUserIdDefinition */.Fi, // 25
    actionDefinition, // 26
    commands/* commandsDefinition */.S, // 27
    allowedRolesDefinition, // 30
    flySrcDefinition // 31
].sort((a, b) => (a.type < b.type ? -1 : 1));
const BY_TYPE = new Map(DEFINITIONS.map(d => [d.type, d]));
function registeredCaveatTypes() {
    return DEFINITIONS;
}
/** A caveat that could not be decoded: which one, and what shape it should have had. */
class CaveatDecodeError extends Error {
    position;
    caveatName;
    expected;
    constructor(position, caveatName, expected) {
        super(`caveat ${position + 1} (${caveatName}) has an unexpected body: expected ${expected}`);
        this.position = position;
        this.caveatName = caveatName;
        this.expected = expected;
    }
}
/**
 * Decode a flat caveat array `[type0, body0, type1, body1, ...]` that occupies all of `raw`.
 * Throws CaveatDecodeError / ShapeError on malformed input (the caller turns that into a problem).
 */
function decodeCaveatSet(raw, options, depth = 0) {
    if (depth > limits/* MAX_IF_PRESENT_DEPTH */.Lo) {
        throw new msgpack_values/* ShapeError */.ym(`IfPresent nested at most ${limits/* MAX_IF_PRESENT_DEPTH */.Lo} levels deep`);
    }
    const items = (0,msgpack_scan/* arrayItems */.ut)(raw, 0);
    if (items === null)
        throw new msgpack_values/* ShapeError */.ym('a caveat array');
    if (items.length % 2 !== 0)
        throw new msgpack_values/* ShapeError */.ym('an even caveat array (type, body pairs)');
    const ctx = {
        depth,
        decodeSet: (nested, nestedDepth) => decodeCaveatSet(nested, options, nestedDepth)
    };
    const caveats = [];
    for (let i = 0; i < items.length; i += 2) {
        const [typeStart, typeEnd] = items[i];
        const [bodyStart, bodyEnd] = items[i + 1];
        const type = (0,msgpack_values/* asUint */.ZC)((0,msgpack_values/* decodeValue */.wz)(raw.subarray(typeStart, typeEnd)), 'a caveat type number');
        const body = raw.subarray(bodyStart, bodyEnd);
        const definition = BY_TYPE.get(type);
        if (definition === undefined) {
            options.onUnregistered(type);
            caveats.push(new UnregisteredCaveat(body, type));
            continue;
        }
        try {
            caveats.push(definition.decode(body, ctx));
        }
        catch (error) {
            const expected = error instanceof CaveatDecodeError
                ? `valid nested caveats (${error.message})`
                : error instanceof msgpack_values/* ShapeError */.ym
                    ? error.expected
                    : 'a valid body';
            throw new CaveatDecodeError(i / 2, definition.name, expected);
        }
    }
    return caveats;
}


/***/ }),

/***/ 886:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ resourceSetDefinitions),
/* harmony export */   F: () => (/* binding */ ResourceSetCaveat)
/* harmony export */ });
/* harmony import */ var _actions_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(598);
/* harmony import */ var _access_model_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7355);
/* harmony import */ var _msgpack_values_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(700);
/* harmony import */ var _caveat_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8367);
// The resource-set caveats (resset.ResourceSet): a map from resource id to the actions allowed on
// it. Eight caveat types differ only in which field of the access they read and how ids look,
// so they are one class and one table. The zero id (0 or "") means "any" and must be alone; an
// empty map allows nothing; an access that does not name the resource is "unspecified" (which
// IfPresent uses to pick its else branch).




// prettier-ignore
const KINDS = [
    // type, name,              JSON key,          refusals name,     access field,     ids
    [2n, 'Volumes', 'volumes', 'volume', 'volume', 'string'],
    [3n, 'Apps', 'apps', 'app', 'appId', 'uint'],
    [5n, 'FeatureSet', 'features', 'org feature', 'feature', 'string'],
    [7n, 'Machines', 'machines', 'machine', 'machine', 'string'],
    [14n, 'MachineFeatureSet', 'features', 'machine feature', 'machineFeature', 'string'],
    [16n, 'Clusters', 'clusters', 'cluster', 'cluster', 'string'],
    [28n, 'AppFeatureSet', 'features', 'app feature', 'appFeature', 'string'],
    [29n, 'StorageObjects', 'storage_objects', 'storage object', 'storageObject', 'prefix']
].map(([type, name, jsonKey, resource, field, ids]) => ({ type, name, jsonKey, resource, field, ids }));
class ResourceSetCaveat extends _caveat_js__WEBPACK_IMPORTED_MODULE_3__/* .BaseCaveat */ .WK {
    kind;
    entries;
    zero;
    /** Exact-match lookup (all kinds but prefix ones), so a check costs O(1) however big the set. */
    exact;
    /** "4455667 ..." for refusals: sorted, at most ten ids. */
    shownIds;
    constructor(kind, raw, entries) {
        super(raw, kind);
        this.kind = kind;
        this.entries = entries;
        this.zero = kind.ids === 'uint' ? 0n : '';
        this.exact = kind.ids === 'prefix' ? null : new Map(entries);
        const ids = entries.map(([key]) => String(key)).sort();
        this.shownIds =
            ids.slice(0, 10).join(' ') + (ids.length > 10 ? ` ... (${ids.length} in all)` : '');
    }
    keys() {
        return this.entries.map(([key]) => key);
    }
    describe() {
        const set = this.entries.map(([key, mask]) => [String(key), (0,_actions_js__WEBPACK_IMPORTED_MODULE_0__/* .actionLetters */ .oF)(mask)]);
        return { [this.kind.jsonKey]: Object.fromEntries(set) };
    }
    /** The actions the entries matching `id` allow together (AND of their masks); -1 when none match. */
    maskOf(id) {
        let allowed = 0xffff;
        let found = false;
        const matches = this.exact
            ? [this.exact.get(this.zero), this.exact.get(id)]
            : this.entries
                .filter(([key]) => key === this.zero || (typeof id === 'string' && id.startsWith(String(key))))
                .map(([, mask]) => mask);
        for (const mask of matches) {
            if (mask === undefined)
                continue;
            allowed &= mask;
            found = true;
        }
        return found ? allowed : -1;
    }
    prohibits(a) {
        if (this.entries.length !== 1 && this.entries.some(([key]) => key === this.zero)) {
            return (0,_access_model_js__WEBPACK_IMPORTED_MODULE_1__/* .deny */ .Xg)('bad caveat: cannot specify zero ID along with other IDs');
        }
        const id = a[this.kind.field];
        if (id === undefined)
            return (0,_access_model_js__WEBPACK_IMPORTED_MODULE_1__/* .unspecified */ .cB)(this.kind.resource);
        const allowed = this.maskOf(id);
        if (allowed < 0) {
            return (0,_access_model_js__WEBPACK_IMPORTED_MODULE_1__/* .deny */ .Xg)(`unauthorized for ${this.kind.resource} ${String(id)} (only [${this.shownIds}])`);
        }
        return (0,_access_model_js__WEBPACK_IMPORTED_MODULE_1__/* .actionsWithin */ .$M)(a.action, allowed, ` on ${this.kind.resource}`);
    }
}
/** The body `[{id: action}]`, keys typed as the kind says. */
function decodeEntries(kind, value) {
    if (kind.ids === 'uint') {
        const [map] = (0,_msgpack_values_js__WEBPACK_IMPORTED_MODULE_2__/* .asArray */ ._j)(value, '[{id: action}]', 1);
        return (0,_msgpack_values_js__WEBPACK_IMPORTED_MODULE_2__/* .asMapEntries */ .xH)(map, '{id: action}').map(([key, mask]) => [(0,_msgpack_values_js__WEBPACK_IMPORTED_MODULE_2__/* .uintKey */ .MZ)(key, 'integer ids'), (0,_msgpack_values_js__WEBPACK_IMPORTED_MODULE_2__/* .asMask */ .zN)(mask, 'an action mask', 16)]);
    }
    const [map] = (0,_msgpack_values_js__WEBPACK_IMPORTED_MODULE_2__/* .asArray */ ._j)(value, '[{name: action}]', 1);
    return (0,_msgpack_values_js__WEBPACK_IMPORTED_MODULE_2__/* .asMapEntries */ .xH)(map, '{name: action}').map(([key, mask]) => [(0,_msgpack_values_js__WEBPACK_IMPORTED_MODULE_2__/* .stringKey */ .bE)(key, 'string keys'), (0,_msgpack_values_js__WEBPACK_IMPORTED_MODULE_2__/* .asMask */ .zN)(mask, 'an action mask', 16)]);
}
const resourceSetDefinitions = KINDS.map(kind => ({
    type: kind.type,
    name: kind.name,
    decode: raw => new ResourceSetCaveat(kind, raw, decodeEntries(kind, (0,_msgpack_values_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeValue */ .wz)(raw)))
}));


/***/ }),

/***/ 5583:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Md: () => (/* binding */ BindToParentTokenCaveat),
/* harmony export */   _R: () => (/* binding */ ThirdPartyCaveat),
/* harmony export */   lq: () => (/* binding */ bindToParentTokenDefinition),
/* harmony export */   pt: () => (/* binding */ thirdPartyDefinition)
/* harmony export */ });
/* harmony import */ var _access_model_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7355);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2823);
/* harmony import */ var _msgpack_values_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(700);
/* harmony import */ var _caveat_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8367);
// Type 11, 3P: `[location, verifierKey, ticket]`, a demand for a discharge from a third party.
// Type 12, BindToParentToken: the discharge's binding to its permission token.
// Both belong to signature verification, not access validation (Fly strips them before Validate),
// so they only refuse an access when misplaced inside an IfPresent.




class ThirdPartyCaveat extends _caveat_js__WEBPACK_IMPORTED_MODULE_2__/* .BaseCaveat */ .WK {
    location;
    verifierKey;
    ticket;
    verificationOnly = true;
    constructor(raw, kind, location, verifierKey, ticket) {
        super(raw, kind);
        this.location = location;
        this.verifierKey = verifierKey;
        this.ticket = ticket;
    }
    describe() {
        return {
            Location: this.location,
            VerifierKey: (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .jsonBytes */ .yN)(this.verifierKey),
            Ticket: (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .jsonBytes */ .yN)(this.ticket)
        };
    }
    prohibits() {
        return (0,_access_model_js__WEBPACK_IMPORTED_MODULE_0__/* .deny */ .Xg)('bad caveat (3rd party caveat)');
    }
}
class BindToParentTokenCaveat extends _caveat_js__WEBPACK_IMPORTED_MODULE_2__/* .BaseCaveat */ .WK {
    binding;
    verificationOnly = true;
    constructor(raw, kind, binding) {
        super(raw, kind);
        this.binding = binding;
    }
    describe() {
        return (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .jsonBytes */ .yN)(this.binding);
    }
    prohibits() {
        return (0,_access_model_js__WEBPACK_IMPORTED_MODULE_0__/* .deny */ .Xg)('bad caveat (bind-to-parent)');
    }
}
const thirdPartyDefinition = (0,_caveat_js__WEBPACK_IMPORTED_MODULE_2__/* .defineCaveat */ .a9)(11n, '3P', (raw, kind) => {
    const [location, verifierKey, ticket] = (0,_msgpack_values_js__WEBPACK_IMPORTED_MODULE_1__/* .asArray */ ._j)((0,_msgpack_values_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeValue */ .wz)(raw), '[location, verifierKey, ticket]', 3);
    return new ThirdPartyCaveat(raw, kind, (0,_msgpack_values_js__WEBPACK_IMPORTED_MODULE_1__/* .asString */ .oJ)(location, 'a location'), (0,_msgpack_values_js__WEBPACK_IMPORTED_MODULE_1__/* .asOptionalBytes */ .gJ)(verifierKey, 'verifier key bytes'), (0,_msgpack_values_js__WEBPACK_IMPORTED_MODULE_1__/* .asOptionalBytes */ .gJ)(ticket, 'ticket bytes'));
});
const bindToParentTokenDefinition = (0,_caveat_js__WEBPACK_IMPORTED_MODULE_2__/* .defineCaveat */ .a9)(12n, 'BindToParentToken', (raw, kind) => new BindToParentTokenCaveat(raw, kind, (0,_msgpack_values_js__WEBPACK_IMPORTED_MODULE_1__/* .asOptionalBytes */ .gJ)((0,_msgpack_values_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeValue */ .wz)(raw), 'binding bytes')));


/***/ }),

/***/ 8902:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ ValidityWindowCaveat),
/* harmony export */   M: () => (/* binding */ validityWindowDefinition)
/* harmony export */ });
/* harmony import */ var _access_model_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7355);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2823);
/* harmony import */ var _msgpack_values_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(700);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(8140);
/* harmony import */ var _caveat_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8367);
// Type 4, ValidityWindow: `[notBefore, notAfter]` Unix seconds (Go int64s). Checked only when the
// access carries a clock: the access summary is clock-free and reports expiry separately.





class ValidityWindowCaveat extends _caveat_js__WEBPACK_IMPORTED_MODULE_2__/* .BaseCaveat */ .WK {
    notBefore;
    notAfter;
    constructor(raw, kind, notBefore, notAfter) {
        super(raw, kind);
        this.notBefore = notBefore;
        this.notAfter = notAfter;
    }
    describe() {
        return { not_before: (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .jsonInteger */ .R1)(this.notBefore), not_after: (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .jsonInteger */ .R1)(this.notAfter) };
    }
    prohibits(a) {
        if (a.now === undefined)
            return _access_model_js__WEBPACK_IMPORTED_MODULE_0__/* .ALLOW */ .cg;
        const now = BigInt(Math.floor(a.now));
        // Beyond Go's time range a bound wraps to a time long past (see GO_MAX_UNIX_SECONDS).
        if (this.notAfter > _time_js__WEBPACK_IMPORTED_MODULE_4__/* .GO_MAX_UNIX_SECONDS */ .V) {
            return (0,_access_model_js__WEBPACK_IMPORTED_MODULE_0__/* .deny */ .Xg)('token only valid until a time Go reads as long past');
        }
        if (now > this.notAfter)
            return (0,_access_model_js__WEBPACK_IMPORTED_MODULE_0__/* .deny */ .Xg)(`token only valid until ${(0,_time_js__WEBPACK_IMPORTED_MODULE_4__/* .isoFromUnix */ .o)(this.notAfter)}`);
        if (now < this.notBefore && this.notBefore <= _time_js__WEBPACK_IMPORTED_MODULE_4__/* .GO_MAX_UNIX_SECONDS */ .V) {
            return (0,_access_model_js__WEBPACK_IMPORTED_MODULE_0__/* .deny */ .Xg)(`token not valid until ${(0,_time_js__WEBPACK_IMPORTED_MODULE_4__/* .isoFromUnix */ .o)(this.notBefore)}`);
        }
        return _access_model_js__WEBPACK_IMPORTED_MODULE_0__/* .ALLOW */ .cg;
    }
}
const validityWindowDefinition = (0,_caveat_js__WEBPACK_IMPORTED_MODULE_2__/* .defineCaveat */ .a9)(4n, 'ValidityWindow', (raw, kind) => {
    const [notBefore, notAfter] = (0,_msgpack_values_js__WEBPACK_IMPORTED_MODULE_1__/* .asArray */ ._j)((0,_msgpack_values_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeValue */ .wz)(raw), '[notBefore, notAfter]', 2);
    return new ValidityWindowCaveat(raw, kind, (0,_msgpack_values_js__WEBPACK_IMPORTED_MODULE_1__/* .asInt */ .Ae)(notBefore, 'a Unix time'), (0,_msgpack_values_js__WEBPACK_IMPORTED_MODULE_1__/* .asInt */ .Ae)(notAfter, 'a Unix time'));
});


/***/ }),

/***/ 8985:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  M: () => (/* reexport */ bundle/* PERMISSION_LOCATION */.Mh),
  o: () => (/* binding */ decodeToken)
});

// EXTERNAL MODULE: ./lib/token/bundle.js + 1 modules
var bundle = __nccwpck_require__(9976);
// EXTERNAL MODULE: ./lib/token/header.js
var token_header = __nccwpck_require__(5316);
;// CONCATENATED MODULE: ./lib/token/hints.js
const MESSAGES = {
    'surrounding-whitespace': 'the token has surrounding whitespace: flyctl trims it, but store the secret without it',
    'scheme-missing': 'no "FlyV1 " scheme in front of the macaroons: flyctl adds it, raw API clients need it',
    'scheme-doubled': 'the scheme is repeated (e.g. "Bearer FlyV1 ..."): one "FlyV1 " is enough',
    'bearer-scheme': 'macaroon tokens take the "FlyV1" scheme, not "Bearer"',
    'space-after-comma': "whitespace around a comma between tokens: flyctl copes, but Fly's own header parser rejects it",
    'line-break-inside': 'a line break inside a token: Fly skips it, but most tools do not'
};
const SURROUNDING_NEWLINE = 'the token has a trailing newline or surrounding whitespace: flyctl trims it, but store the secret without it';
/** The hint with its fixed wording. */
function hint(code) {
    return { code, message: MESSAGES[code] };
}
function headerFormatting(header, hasMacaroons) {
    const out = [];
    if (header.surroundingWhitespace) {
        out.push(header.surroundingNewline
            ? { code: 'surrounding-whitespace', message: SURROUNDING_NEWLINE }
            : hint('surrounding-whitespace'));
    }
    if (hasMacaroons && header.schemes.length === 0)
        out.push(hint('scheme-missing'));
    if (header.schemes.length > 1)
        out.push(hint('scheme-doubled'));
    if (hasMacaroons && header.schemes.includes('Bearer') && !header.schemes.includes('FlyV1')) {
        out.push(hint('bearer-scheme'));
    }
    if (header.pieces.some(p => p.padded && p.text !== ''))
        out.push(hint('space-after-comma'));
    return out;
}

// EXTERNAL MODULE: ./lib/token/limits.js
var limits = __nccwpck_require__(6485);
;// CONCATENATED MODULE: ./lib/token/base64.js
// Strict standard base64 with padding, as Go's base64.StdEncoding (which skips CR/LF inside).
// Failures say *why*, and carry a best-effort repair so the caller can tell "unpadded" from "cut off".
/** Padded standard base64: a multiple of four characters, the standard alphabet, at most two `=` at the end. */
function isStandardPadded(text) {
    return text.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(text);
}
const STANDARD_BARE = /^[A-Za-z0-9+/]*$/;
const URL_SAFE = /^[A-Za-z0-9_-]*={0,2}$/;
const ANY_ALPHABET = /^[A-Za-z0-9+/_-]*=*$/;
/** The bytes of text already known to be valid base64, as a plain Uint8Array. */
function bytesOf(text) {
    return Uint8Array.from(Buffer.from(text, 'base64'));
}
/** Padding added so a bare body can be decoded; null when no padding can make it whole. */
function padded(text) {
    const rest = text.length % 4;
    if (rest === 1)
        return null;
    return rest === 0 ? text : text + '='.repeat(4 - rest);
}
function decodeStandardBase64(input) {
    const hadLineBreaks = /[\r\n]/.test(input);
    const text = hadLineBreaks ? input.replace(/[\r\n]/g, '') : input;
    if (isStandardPadded(text))
        return { ok: true, bytes: bytesOf(text), hadLineBreaks };
    if (URL_SAFE.test(text) && /[-_]/.test(text)) {
        const standard = padded(text.replace(/=+$/, '').replace(/-/g, '+').replace(/_/g, '/'));
        return {
            ok: false,
            failure: 'url-safe',
            repaired: standard === null ? null : bytesOf(standard),
            hadLineBreaks
        };
    }
    if (STANDARD_BARE.test(text)) {
        const standard = padded(text);
        return standard === null
            ? { ok: false, failure: 'impossible-length', repaired: null, hadLineBreaks }
            : { ok: false, failure: 'unpadded', repaired: bytesOf(standard), hadLineBreaks };
    }
    const failure = ANY_ALPHABET.test(text) ? 'bad-padding' : 'bad-characters';
    return { ok: false, failure, repaired: null, hadLineBreaks };
}

// EXTERNAL MODULE: ./lib/token/go-text.js
var go_text = __nccwpck_require__(1267);
// EXTERNAL MODULE: ./lib/token/caveats/registry.js + 6 modules
var registry = __nccwpck_require__(9766);
// EXTERNAL MODULE: ./lib/token/msgpack-scan.js
var msgpack_scan = __nccwpck_require__(259);
// EXTERNAL MODULE: ./lib/token/msgpack-values.js
var msgpack_values = __nccwpck_require__(700);
;// CONCATENATED MODULE: ./lib/token/macaroon.js



function fail(code, detail) {
    return { ok: false, code, detail };
}
function decodeNonce(raw) {
    const fields = (0,msgpack_values/* asArray */._j)((0,msgpack_values/* decodeValue */.wz)(raw), 'a nonce array');
    if (fields.length !== 2 && fields.length !== 3) {
        throw new msgpack_values/* ShapeError */.ym(`a nonce of 2 or 3 fields (found ${fields.length})`);
    }
    return {
        kid: (0,msgpack_values/* asBytes */.Yd)(fields[0], 'nonce KID bytes'),
        rnd: (0,msgpack_values/* asBytes */.Yd)(fields[1], 'nonce random bytes'),
        proof: fields.length === 3 ? (0,msgpack_values/* asBool */.XL)(fields[2], 'a proof flag') : false,
        fields: fields.length === 3 ? 3 : 2
    };
}
/** Decode one macaroon. Never throws: failures come back with a token-free detail. */
function decodeMacaroon(bytes) {
    const top = (0,msgpack_scan/* arrayHeader */.Ho)(bytes, 0);
    if (top === null)
        return fail('not-msgpack', 'not msgpack (the body is not a macaroon)');
    const scan = (0,msgpack_scan/* scanItem */.zc)(bytes, 0);
    if (!scan.ok) {
        return scan.failure === 'truncated'
            ? fail('truncated', 'token was cut off')
            : fail('not-msgpack', 'not msgpack (invalid MessagePack data)');
    }
    if (scan.end !== bytes.length) {
        return fail('bad-structure', 'unexpected bytes after the end of the macaroon');
    }
    const parts = (0,msgpack_scan/* arrayItems */.ut)(bytes, 0);
    if (parts?.length !== 4) {
        return fail('bad-structure', `not a macaroon: expected 4 parts (nonce, location, caveats, tail), found ${top.count}`);
    }
    const [nonceRaw, locationRaw, caveatsRaw, tailRaw] = parts.map(([start, end]) => bytes.subarray(start, end));
    const unregisteredTypes = [];
    let part = 'nonce';
    try {
        const nonce = decodeNonce(nonceRaw);
        part = 'location';
        const location = (0,msgpack_values/* asString */.oJ)((0,msgpack_values/* decodeValue */.wz)(locationRaw), 'a location string');
        part = 'caveats';
        const caveats = (0,registry/* decodeCaveatSet */.Xn)(caveatsRaw, {
            onUnregistered: type => unregisteredTypes.push(type)
        });
        part = 'tail';
        const tail = (0,msgpack_values/* asBytes */.Yd)((0,msgpack_values/* decodeValue */.wz)(tailRaw), 'signature bytes');
        return { ok: true, macaroon: { nonce, location, caveats, tail, unregisteredTypes } };
    }
    catch (error) {
        if (error instanceof registry/* CaveatDecodeError */.L4)
            return fail('bad-structure', error.message);
        const expected = error instanceof msgpack_values/* ShapeError */.ym ? error.expected : 'a valid value';
        return fail('bad-structure', `bad macaroon ${part}: expected ${expected}`);
    }
}

// EXTERNAL MODULE: ./lib/token/problems.js
var token_problems = __nccwpck_require__(213);
;// CONCATENATED MODULE: ./lib/token/pieces.js
// One comma-separated piece of a header: decode a macaroon piece (base64, then msgpack), or say
// precisely why a piece is not a token. Messages never quote the piece.




function decodeMacaroonPiece(piece, count) {
    const fatal = (code, message) => ({
        problems: [(0,token_problems/* problem */.CC)(code, (0,token_problems/* piecePrefix */.jl)(piece.index, count) + message, true, piece.index)],
        lineBreaks: false
    });
    if (piece.body === '')
        return fatal('empty-body', `${piece.label} label with an empty body`);
    const base64 = decodeStandardBase64(piece.body);
    let result;
    if (base64.ok) {
        result = decodeMacaroon(base64.bytes);
    }
    else if (base64.failure === 'unpadded') {
        // Missing padding on an otherwise whole token, or a token cut off mid-way?
        const repaired = base64.repaired ? decodeMacaroon(base64.repaired) : null;
        return repaired?.ok
            ? fatal('unpadded-base64', 'base64 is missing its = padding')
            : fatal('truncated', 'token was cut off (its base64 text is incomplete)');
    }
    else {
        const [code, message] = token_problems/* BASE64_MESSAGES */.DC[base64.failure];
        const spaced = base64.failure === 'bad-characters' && (0,go_text/* containsGoSpace */.es)(piece.body);
        return fatal(code, spaced ? 'contains whitespace inside the token' : message);
    }
    if (!result.ok)
        return { ...fatal(result.code, result.detail), lineBreaks: base64.hadLineBreaks };
    return { macaroon: result.macaroon, problems: [], lineBreaks: base64.hadLineBreaks };
}
function pieceProblem(piece, count) {
    const prefix = (0,token_problems/* piecePrefix */.jl)(piece.index, count);
    if (piece.text === '') {
        return (0,token_problems/* problem */.CC)('empty-piece', `piece ${piece.index + 1} of ${count} is empty (a stray comma)`, true, piece.index);
    }
    if (piece.label === 'fo1') {
        const message = 'looks like a user token (fo1_) but is not fo1_ followed by 43 characters';
        return (0,token_problems/* problem */.CC)('unrecognised-piece', prefix + message, true, piece.index);
    }
    if (!piece.hasUnderscore) {
        return (0,token_problems/* problem */.CC)('no-underscore', `${prefix}no label (expected fm2_... or fo1_...)`, true, piece.index);
    }
    return (0,token_problems/* problem */.CC)('unknown-label', `${prefix}unknown label ${(0,token_problems/* safeLabel */.IW)(piece.label)}`, true, piece.index);
}

// EXTERNAL MODULE: ./lib/token/caveats/third-party.js
var third_party = __nccwpck_require__(5583);
// EXTERNAL MODULE: ./lib/token/caveats/validity-window.js
var validity_window = __nccwpck_require__(8902);
// EXTERNAL MODULE: ./lib/token/time.js
var time = __nccwpck_require__(8140);
;// CONCATENATED MODULE: ./lib/token/verify.js




/** Why the verifier refuses this macaroon whatever it is paired with, or null. */
function macaroonRefusal(m) {
    const attestation = m.caveats.find(c => c.isAttestation);
    if (attestation !== undefined && !m.nonce.proof) {
        return `it carries an attestation (${attestation.name}), which only a proof token may carry`;
    }
    return null;
}
/** Why Fly refuses a permission token with its discharges for every access, or null. */
function grantRefusal({ token, discharges }) {
    const own = macaroonRefusal(token);
    if (own !== null)
        return own;
    if (token.caveats.some(c => c instanceof third_party/* BindToParentTokenCaveat */.Md)) {
        return 'it is bound to a parent token (BindToParentToken), which only a discharge can be';
    }
    for (const d of discharges) {
        const refusal = macaroonRefusal(d);
        if (refusal !== null)
            return `its discharge (token ${d.index + 1}) is refused: ${refusal}`;
    }
    for (const m of [token, ...discharges]) {
        const window = m.caveats.find(c => c instanceof validity_window/* ValidityWindowCaveat */.J && c.notAfter > time/* GO_MAX_UNIX_SECONDS */.V);
        if (window instanceof validity_window/* ValidityWindowCaveat */.J) {
            const whose = m === token ? 'its' : `its discharge's (token ${m.index + 1})`;
            return `${whose} validity window ends at Unix ${window.notAfter}, past the last time Go can hold: Fly reads that as a time long past, so the token is expired`;
        }
    }
    return null;
}
/** `withUserToken`: the header also holds a user token, which Fly may accept instead. */
function verifyGrants(paired, withUserToken) {
    const grants = [];
    const refused = [];
    for (const grant of paired) {
        const reason = grantRefusal(grant);
        if (reason === null)
            grants.push(grant);
        else
            refused.push({ grant, reason });
    }
    const fatal = grants.length === 0 && !withUserToken;
    const problems = refused.map(({ grant, reason }) => {
        const rest = grants.length === 0
            ? 'no permission token is left that Fly accepts'
            : 'the others still work';
        const message = `Fly rejects permission token ${grant.token.index + 1}: ${reason}; ${rest}`;
        return (0,token_problems/* problem */.CC)('rejected-by-fly', message, fatal, grant.token.piece);
    });
    return { grants, rejected: refused.map(r => r.grant), problems };
}

;// CONCATENATED MODULE: ./lib/token/decode.js
// Input string -> decoded bundle, read as Fly's server reads a header (flyio.ParseBundle, then
// what Bundle.Verify refuses offline): header pieces, macaroons with roles, permission tokens
// paired with their discharges, problems and formatting hints. Pure and linear; never throws.








function emptyBundle(header, problems, fmt) {
    return {
        header,
        macaroons: [],
        userTokenCount: 0,
        grants: [],
        rejected: [],
        problems,
        formatting: fmt,
        malformed: true
    };
}
/** Decode an Authorization value, bundle or single token. */
function decodeToken(input) {
    const text = typeof input === 'string' ? input : '';
    if (Buffer.byteLength(text, 'utf8') > limits/* MAX_INPUT_BYTES */.su) {
        const header = (0,token_header/* parseHeader */.RW)('');
        const message = `token is too large (over ${limits/* MAX_INPUT_BYTES */.su} bytes); real Fly tokens are under 2 KiB`;
        return emptyBundle(header, [(0,token_problems/* problem */.CC)('too-large', message, true)], []);
    }
    const header = (0,token_header/* parseHeader */.RW)(text);
    if (header.trimmed === '')
        return emptyBundle(header, [(0,token_problems/* problem */.CC)('empty', 'empty token', true)], []);
    if (header.pieces.length > limits/* MAX_TOKEN_PIECES */.xB) {
        const message = `token has ${header.pieces.length} comma-separated pieces (over ${limits/* MAX_TOKEN_PIECES */.xB}); real Fly tokens have a few`;
        return emptyBundle(header, [(0,token_problems/* problem */.CC)('too-large', message, true)], []);
    }
    const hasMacaroons = header.pieces.some(p => p.kind === 'macaroon');
    const fmt = headerFormatting(header, hasMacaroons);
    if ((0,token_header/* isSchemeOnly */.q6)(header)) {
        return emptyBundle(header, [(0,token_problems/* problem */.CC)('scheme-only', 'only a scheme, no token', true)], fmt);
    }
    const problems = [];
    /** Problems of macaroon pieces that did not decode: Fly's bundle parser drops such pieces. */
    const unreadable = new Set();
    const decoded = [];
    let userTokenCount = 0;
    let lineBreaks = false;
    for (const piece of header.pieces) {
        if (piece.kind === 'oauth-user-token' || piece.kind === 'legacy-user-token') {
            userTokenCount++;
        }
        else if (piece.kind === 'macaroon') {
            const outcome = decodeMacaroonPiece(piece, header.pieces.length);
            for (const p of outcome.problems) {
                problems.push(p);
                unreadable.add(p);
            }
            lineBreaks ||= outcome.lineBreaks;
            if (outcome.macaroon)
                decoded.push({ macaroon: outcome.macaroon, piece });
        }
        else {
            problems.push(pieceProblem(piece, header.pieces.length));
        }
    }
    if (lineBreaks)
        fmt.push(hint('line-break-inside'));
    const fatal = problems.filter(p => p.fatal);
    if (fatal.length > 0 && !fatal.every(p => unreadable.has(p))) {
        return emptyBundle(header, problems, fmt);
    }
    const macaroons = (0,bundle/* assignRoles */.LF)(decoded);
    const paired = (0,bundle/* pairGrants */.Ai)(macaroons, d => macaroonRefusal(d) === null);
    const relations = (0,bundle/* relationProblems */.VY)(macaroons, paired);
    const verified = verifyGrants(paired, userTokenCount > 0);
    if (fatal.length > 0) {
        // Fly drops the unreadable pieces; when the rest works without them, they are only untidy.
        const restWorks = verified.grants.length > 0 && !relations.some(p => p.code === 'missing-discharge');
        if (!restWorks)
            return emptyBundle(header, problems, fmt);
        for (const p of fatal)
            fmt.push({ code: 'ignored-piece', message: droppedPieceMessage(p) });
    }
    const kept = [...problems.filter(p => !unreadable.has(p)), ...relations, ...verified.problems];
    if (kept.some(p => p.fatal))
        return emptyBundle(header, kept, fmt);
    return {
        header,
        macaroons,
        userTokenCount,
        grants: verified.grants,
        rejected: verified.rejected,
        problems: kept,
        formatting: fmt,
        malformed: false
    };
}
function droppedPieceMessage(p) {
    return `${p.message}; Fly's parser drops that piece and the rest of the token works, but store the token without it`;
}


/***/ }),

/***/ 2846:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ mergeResources)
/* harmony export */ });
/* harmony import */ var _caveats_caveat_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(8367);
/* harmony import */ var _caveats_commands_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2057);
/* harmony import */ var _caveats_mutations_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5891);
/* harmony import */ var _caveats_organization_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8276);
/* harmony import */ var _caveats_resources_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(886);
// What macaroons name (apps, features, clusters, commands, mutations, orgs): the resources the
// access summary and the classification ask about.





/** The ids of the resource-set caveats of one type, zero ("any") left out. */
function setKeys(caveats, name) {
    return caveats
        .filter(c => c.name === name)
        .flatMap(c => c.keys())
        .filter(key => key !== 0n && key !== '');
}
function namedResources(m) {
    const caveats = (0,_caveats_caveat_js__WEBPACK_IMPORTED_MODULE_4__/* .allCaveats */ .Dp)(m.caveats);
    const sets = caveats.filter(c => c instanceof _caveats_resources_js__WEBPACK_IMPORTED_MODULE_3__/* .ResourceSetCaveat */ .F);
    const commands = caveats.filter(c => c instanceof _caveats_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .CommandsCaveat */ .z);
    const mutations = caveats.filter(c => c instanceof _caveats_mutations_js__WEBPACK_IMPORTED_MODULE_1__/* .MutationsCaveat */ .L);
    return {
        orgIds: caveats
            .filter(c => c instanceof _caveats_organization_js__WEBPACK_IMPORTED_MODULE_2__/* .OrganizationCaveat */ .G)
            .map(c => c.id)
            .filter(id => id !== 0n),
        appIds: setKeys(sets, 'Apps'),
        features: setKeys(sets, 'FeatureSet'),
        clusters: setKeys(sets, 'Clusters'),
        commands: commands.flatMap(c => c.rules()),
        mutations: mutations.flatMap(c => c.mutations ?? []),
        hasClusters: sets.some(c => c.name === 'Clusters'),
        hasCommands: commands.length > 0,
        hasMutations: mutations.length > 0
    };
}
/** The first `cap` distinct items of the lists, in order. */
function uniqueBy(lists, key, cap) {
    const seen = new Set();
    const out = [];
    for (const list of lists) {
        for (const item of list) {
            if (out.length >= cap)
                return out;
            const k = key(item);
            if (seen.has(k))
                continue;
            seen.add(k);
            out.push(item);
        }
    }
    return out;
}
/** The first `cap` distinct ids, sorted. */
function sortedIds(lists, cap) {
    return uniqueBy(lists, String, cap).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
/** The union over several macaroons, duplicates removed; each list stops after `cap` entries. */
function mergeResources(macaroons, cap = Infinity) {
    const all = [...new Set(macaroons)].map(namedResources);
    const ids = (pick) => sortedIds(all.map(pick), cap);
    const names = (pick) => uniqueBy(all.map(pick), name => name, cap);
    return {
        orgIds: ids(f => f.orgIds),
        appIds: ids(f => f.appIds),
        features: names(f => f.features),
        clusters: names(f => f.clusters),
        commands: uniqueBy(all.map(f => f.commands), r => JSON.stringify(r), cap),
        mutations: names(f => f.mutations),
        hasClusters: all.some(f => f.hasClusters),
        hasCommands: all.some(f => f.hasCommands),
        hasMutations: all.some(f => f.hasMutations)
    };
}


/***/ }),

/***/ 3473:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GY: () => (/* binding */ findTokens),
/* harmony export */   JR: () => (/* binding */ legacyBase64Runs),
/* harmony export */   cR: () => (/* binding */ legacyRuns),
/* harmony export */   p6: () => (/* binding */ looksLikePlaceholder),
/* harmony export */   uW: () => (/* binding */ mayHoldToken)
/* harmony export */ });
/* harmony import */ var _decode_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8985);
// Every Fly token in a text, in every form it is written: labelled (`fm2_`/`fm1r_`/`fm1a_`/`fo1_`,
// with or without `FlyV1`/`Bearer`, bundles joined by commas), the macaroon body without its
// label, wrapped or split across lines (YAML block scalars, TOML multi-line strings, backslash
// continuations) or split where it is still read whole (`${{ '' }}`, `" + "`), URL-encoded or
// escaped (JSON, `\x`, HTML), base64 of a token, and legacy 43-character personal tokens where
// the text says it is a token. What counts is what decodes as Fly would read it: a candidate is
// taken only when its macaroons decode (or it has the exact user-token shape), so SHAs, other
// base64 and random ids are left alone. Pure and linear in the text (each candidate is bounded).

/** Longest token text a candidate may grow to (real bundles stay under 4 KiB). */
const MAX_CANDIDATE = 16 * 1024;
/** How deep base64 of base64 of a token is followed. */
const MAX_DEPTH = 2;
const isBase64Char = (c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47;
const isUrlSafeChar = (c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 95;
/** Characters a wrapped token can hold on either side of a line break. */
const isJoinable = (c) => isBase64Char(c) || isUrlSafeChar(c) || c === 61 || c === 44;
const PERCENT = {
    '2B': '+',
    '2F': '/',
    '3D': '=',
    '2C': ',',
    '20': ' ',
    '5F': '_',
    '2D': '-'
};
/**
 * The text as a token would be read from it: line breaks (with the indentation after them and a
 * `\` before them) and splices (`${{ '' }}`, `" + "`, see SPLICE) between two token characters
 * removed, and the escapes tokens are written with decoded (URL, JSON, `\x`, HTML).
 * `from[i]`/`to[i]` are the original offsets of view character i.
 */
class View {
    text;
    /** View positions where the offset to the original text changes, and the offset from there. */
    shifts = [0];
    offsets = [0];
    /** Original width of each decoded escape (`%XX` 3, `\/` 2, `\xXX` 4, `\u00XX` 6, `&#95;` 5...), by view position. */
    widths = new Map();
    /** View positions right after a removed line break or splice. */
    joins = new Set();
    /** The joins that were splices, not line breaks. */
    splices = new Set();
    constructor(source) {
        const parts = [];
        let length = 0;
        let copied = 0;
        const shift = () => {
            this.shifts.push(length);
            this.offsets.push(copied - length);
        };
        const copy = (upto) => {
            if (upto <= copied)
                return;
            parts.push(source.slice(copied, upto));
            length += upto - copied;
            copied = upto;
        };
        const special = /[\\\r\n%&$"']/g;
        for (let match = special.exec(source); match !== null; match = special.exec(source)) {
            const i = match.index;
            if (i < copied)
                continue;
            if (source.charCodeAt(i) === 37) {
                const decoded = PERCENT[source.slice(i + 1, i + 3).toUpperCase()];
                if (decoded === undefined)
                    continue;
                copy(i);
                this.widths.set(length, 3);
                parts.push(decoded);
                length += 1;
                copied = i + 3;
                shift();
                continue;
            }
            // Escapes of token characters (`\/` from PHP's or Java's encoders, `\u002b`, `&#43;`).
            const escape = escapeAt(source, i);
            if (escape !== null) {
                copy(i);
                this.widths.set(length, escape.width);
                parts.push(escape.decoded);
                length += 1;
                copied = i + escape.width;
                shift();
                special.lastIndex = copied;
                continue;
            }
            const line = lineContinuation(source, i);
            const next = line !== i ? line : spliceEnd(source, i);
            if (next === i || i === 0)
                continue;
            const before = i > copied ? source.charCodeAt(i - 1) : lastChar(parts);
            if (isJoinable(before) && next < source.length && isJoinable(source.charCodeAt(next))) {
                copy(i);
                this.joins.add(length);
                if (line === i)
                    this.splices.add(length);
                copied = next;
                shift();
                special.lastIndex = next;
            }
        }
        copy(source.length);
        this.text = parts.length === 1 ? (parts[0] ?? '') : parts.join('');
    }
    /** Original offset of view character `at`. */
    origin(at) {
        let low = 0;
        let high = this.shifts.length - 1;
        while (low < high) {
            const mid = (low + high + 1) >> 1;
            if ((this.shifts[mid] ?? 0) <= at)
                low = mid;
            else
                high = mid - 1;
        }
        return at + (this.offsets[low] ?? 0);
    }
    /** Original offsets of view range [start, end). */
    span(start, end) {
        const last = Math.max(start, end - 1);
        return {
            start: this.origin(start),
            end: this.origin(last) + (this.widths.get(last) ?? 1)
        };
    }
    /** Whether a line break was removed in (start, end). */
    joinedWithin(start, end) {
        for (const at of this.joins)
            if (at > start && at < end && !this.splices.has(at))
                return true;
        return false;
    }
    /** Whether a URL escape (`%XX`, the only escape three characters wide) lies in [start, end). */
    encodedWithin(start, end) {
        for (const [at, width] of this.widths)
            if (width === 3 && at >= start && at < end)
                return true;
        return false;
    }
}
/** Named HTML entities of token characters. */
const HTML_NAMED = {
    lowbar: '_',
    UnderBar: '_',
    plus: '+',
    sol: '/',
    equals: '=',
    comma: ',',
    hyphen: '-',
    dash: '-'
};
/**
 * An escape of a token character at `at`, else null: JSON's (`\/`, `\u00XX`), YAML's and C's
 * `\xXX`, and HTML's (`&#95;`, `&#x5F;`, `&lowbar;`), as encoders and templates write them.
 */
function escapeAt(source, at) {
    const code = source.charCodeAt(at);
    if (code === 38)
        return htmlEntity(source, at);
    if (code !== 92)
        return null;
    if (source.charCodeAt(at + 1) === 47)
        return { decoded: '/', width: 2 };
    const kind = source.charAt(at + 1);
    if (kind === 'x' || kind === 'X') {
        const decoded = PERCENT[source.slice(at + 2, at + 4).toUpperCase()];
        return decoded === undefined ? null : { decoded, width: 4 };
    }
    if (source.slice(at + 1, at + 4).toLowerCase() !== 'u00')
        return null;
    const decoded = PERCENT[source.slice(at + 4, at + 6).toUpperCase()];
    return decoded === undefined ? null : { decoded, width: 6 };
}
function htmlEntity(source, at) {
    const match = /^&(?:#0*(\d{2,3})|#[xX]0*([0-9A-Fa-f]{2})|([A-Za-z]{3,8}));/.exec(source.slice(at, at + 12));
    if (match === null)
        return null;
    const [whole, decimal, hex, name] = match;
    const decoded = name !== undefined
        ? HTML_NAMED[name]
        : PERCENT[Number.parseInt(decimal ?? hex ?? '', decimal !== undefined ? 10 : 16)
            .toString(16)
            .toUpperCase()];
    return decoded === undefined ? null : { decoded, width: whole.length };
}
function lastChar(parts) {
    const last = parts[parts.length - 1] ?? '';
    return last.charCodeAt(last.length - 1);
}
/**
 * What splits a token in two where it is still read whole: an expression GitHub evaluates to
 * nothing (`${{ '' }}`), or the end of one quoted string and the start of the next, joined by
 * concatenation (`" + "`, `'.'`, `" .. "`) or written side by side (the shell's `"a""b"`).
 */
const SPLICE = /\$\{\{[ \t]*''[ \t]*\}\}|(["'])[ \t]*(?:\+|\.\.?)?[ \t]*\1/y;
/** Where the splice starting at `at` ends, else `at`. */
function spliceEnd(text, at) {
    SPLICE.lastIndex = at;
    const match = SPLICE.exec(text);
    return match === null ? at : at + match[0].length;
}
/** Where the line continuation starting at `at` ends (`\`? CR? LF, then blanks), else `at`. */
function lineContinuation(text, at) {
    let i = at;
    if (text.charCodeAt(i) === 92)
        i++;
    if (text.charCodeAt(i) === 13)
        i++;
    if (text.charCodeAt(i) !== 10)
        return at;
    i++;
    while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)
        i++;
    return i;
}
/** A macaroon piece decodes (label + standard base64 body of msgpack). */
function macaroonDecodes(piece) {
    return (0,_decode_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeToken */ .o)(piece).macaroons.length > 0;
}
/** A label with text that does not decode, after a comma: part of the bundle as written. */
function brokenPiece(view, at) {
    const match = /^(?:fm2|fm1r|fm1a|fo1)_[A-Za-z0-9+/=_-]*/.exec(view.text.slice(at, at + 4096));
    if (!match)
        return null;
    const end = at + match[0].length;
    return { start: at, end, text: match[0], labelled: true, broken: true };
}
const LABEL = /^(?:fm2|fm1r|fm1a)_/;
/**
 * A macaroon body at view offset `at` (after its label): base64, then `=` padding. Tries the
 * longest run first, then shorter ends at line joins (the next line's text may have been joined
 * on), and returns the end that decodes.
 */
function macaroonBody(view, label, at) {
    const text = view.text;
    let end = at;
    const limit = Math.min(text.length, at + MAX_CANDIDATE);
    while (end < limit && isBase64Char(text.charCodeAt(end)))
        end++;
    let padding = 0;
    while (padding < 2 && text.charCodeAt(end + padding) === 61)
        padding++;
    const ends = [end + padding];
    for (const join of view.joins)
        if (join > at + 16 && join < end)
            ends.push(join);
    ends.sort((a, b) => b - a);
    for (const candidate of ends) {
        let stop = candidate;
        if (candidate !== end + padding) {
            // A join inside the body: padding may follow it on the same (joined) line.
            while (stop - candidate < 2 && text.charCodeAt(stop) === 61)
                stop++;
        }
        if ((stop - at) % 4 !== 0 || stop - at < 16)
            continue;
        if (macaroonDecodes(`${label}${text.slice(at, stop)}`))
            return stop;
    }
    return null;
}
/** A piece at view offset `at`: labelled macaroon, `fo1_` user token, or (when allowed) a body. */
function pieceAt(view, at, bodies) {
    const text = view.text;
    const head = text.slice(at, at + 5);
    const label = LABEL.exec(head)?.[0];
    if (label !== undefined) {
        const end = macaroonBody(view, label, at + label.length);
        return end === null ? null : { start: at, end, text: text.slice(at, end), labelled: true };
    }
    if (head.startsWith('fo1_')) {
        const end = at + 4 + 43;
        for (let i = at + 4; i < end; i++)
            if (!isUrlSafeChar(text.charCodeAt(i)))
                return null;
        if (end < text.length && isUrlSafeChar(text.charCodeAt(end)) && !view.joins.has(end)) {
            return null;
        }
        return { start: at, end, text: text.slice(at, end), labelled: true };
    }
    if (bodies && text.charCodeAt(at) === 108 && text.charCodeAt(at + 1) === 74) {
        const end = macaroonBody(view, 'fm2_', at);
        return end === null
            ? null
            : { start: at, end, text: `fm2_${text.slice(at, end)}`, labelled: false };
    }
    return null;
}
const SCHEME = /(?:(?:FlyV1|Bearer)[ \t]+)+$/i;
/** Where a labelled piece, or a body (`lJO`/`lJP`: msgpack array(4) of array(3)), may start. */
const ANCHOR = /(?:fm2|fm1r|fm1a|fo1)_|lJ[OP]/g;
/** A run of base64 long enough to hold a token once decoded (the shortest, fo1_, is 47 bytes). */
const BASE64_RUN = /[A-Za-z0-9+/_-]{62,}/g;
/** The same, tried only where a run starts (so each run is read once). */
const BASE64_RUN_HINT = /(?:^|[^A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{62}/;
/** What the text says just before a legacy personal token (tested on the 64 characters before). */
const LEGACY_CONTEXT = /(?:--access-token(?:[ \t]+|=)|(?:^|[\s"'`])-t[ \t]*|\bBearer[ \t]+|\bFLY_(?:API|ACCESS)_TOKEN["']?[ \t]*[:=][ \t]*|\baccess[_-]token["']?[ \t]*[:=][ \t]*)["']?$/i;
/** Cheap test before a text is searched. */
function mayHoldToken(text) {
    return RAW_ANCHOR.test(text) || BASE64_RUN_HINT.test(text) || /-t|bearer|token/i.test(text);
}
/** A value a person typed rather than Fly generated (runs, few distinct characters, words). */
function looksLikePlaceholder(body) {
    if (/example|placeholder|your|token|redacted|dummy|fake|secret|xxxx|changeme/i.test(body)) {
        return true;
    }
    if (new Set(body).size < 12)
        return true;
    let consecutive = 0;
    for (let i = 1; i < body.length; i++) {
        if (body.charCodeAt(i) - body.charCodeAt(i - 1) === 1)
            consecutive += 1;
    }
    return consecutive >= (body.length - 1) / 3;
}
/**
 * A run of URL-safe characters that may hold a legacy personal token (43 characters): the run
 * itself, or after a two-character prefix that is a boundary, not part of the token: a URL
 * escape (`token%3D\u2026`, `%22\u2026`) or flyctl's `-t` shorthand with its value glued (`-t<token>`).
 * Only where a run starts: the boundary before it is matched, which keeps the search linear
 * and cheap (a lookbehind tried at every character cost several times more per MB of text).
 */
const URL_SAFE_RUN = /(?:^|[^A-Za-z0-9_-])([A-Za-z0-9_-]{43,45})(?![A-Za-z0-9_-])/g;
const isHexDigit = (char) => char !== undefined && /^[0-9A-Fa-f]$/.test(char);
/** Where the token stands in a run that starts at `start` (see URL_SAFE_RUN), if it can. */
function legacyInRun(text, start, run) {
    const end = start + run.length;
    if (run.length === 43)
        return [start, end];
    if (run.length !== 45)
        return null;
    const prefixed = run.startsWith('-t') || (text[start - 1] === '%' && isHexDigit(run[0]) && isHexDigit(run[1]));
    return prefixed ? [start + 2, end] : null;
}
/** Each legacy-shaped run that can be a personal token (letters, digits, not a placeholder). */
function legacyRuns(text) {
    const runs = [];
    for (const match of text.matchAll(URL_SAFE_RUN)) {
        const run = match[1] ?? '';
        const at = legacyInRun(text, match.index + match[0].length - run.length, run);
        if (at === null)
            continue;
        const token = text.slice(at[0], at[1]);
        if (/[A-Za-z]/.test(token) && /[0-9]/.test(token) && !looksLikePlaceholder(token))
            runs.push(at);
    }
    return runs;
}
/**
 * Base64 (standard or URL-safe) of a legacy personal token: 43 bytes are 58 characters and `==`,
 * standalone (`FLY_API_TOKEN: \u2026` in a Kubernetes secret, a quoted value). Taken only when it
 * decodes to a legacy-shaped run (43 URL-safe characters, letters and digits, no placeholder):
 * base64 of binary data, a key or a hash is never all URL-safe text, and no other common value is
 * 43 bytes long. Matched where a run starts, as URL_SAFE_RUN is, or between `/` (a segment of
 * a URL or a path).
 */
const LEGACY_BASE64 = /(?:^|[^A-Za-z0-9+_-])([A-Za-z0-9+/_-]{58}(?:==)?)(?![A-Za-z0-9+=_-])/g;
/** Each base64 run of a legacy-shaped token, with the token it decodes to. */
function legacyBase64Runs(text) {
    const runs = [];
    for (const match of text.matchAll(LEGACY_BASE64)) {
        const encoded = match[1] ?? '';
        const decoded = Buffer.from(encoded.slice(0, 58), 'base64').toString('latin1');
        const [run] = legacyRuns(decoded);
        if (decoded.length !== 43 || run?.[0] !== 0 || run[1] !== 43)
            continue;
        const start = match.index + match[0].length - encoded.length;
        runs.push([start, start + encoded.length, decoded]);
    }
    return runs;
}
function bundleAt(view, at) {
    const first = pieceAt(view, at, true);
    if (first === null)
        return null;
    const pieces = [first];
    let end = first.end;
    const text = view.text;
    for (;;) {
        let i = end;
        while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)
            i++;
        if (text.charCodeAt(i) !== 44)
            break;
        i++;
        while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)
            i++;
        const next = pieceAt(view, i, true) ?? brokenPiece(view, i);
        if (next === null)
            break;
        pieces.push(next);
        end = next.end;
        if (next.broken)
            break;
    }
    const scheme = SCHEME.exec(text.slice(Math.max(0, at - 64), at));
    const start = scheme ? at - scheme[0].length : at;
    return { start, end, pieces };
}
function tokenOf(pieces) {
    const texts = pieces.map(p => p.text);
    return pieces.some(p => !p.text.startsWith('fo1_'))
        ? `FlyV1 ${texts.join(',')}`
        : texts.join(',');
}
/** A boundary before view offset `at`: not inside a longer word of token characters. */
function startsFresh(view, at) {
    if (at === 0 || view.joins.has(at))
        return true;
    const before = view.text.charCodeAt(at - 1);
    return !isBase64Char(before) && !isUrlSafeChar(before);
}
function found(view, start, end, token, form) {
    const span = view.span(start, end);
    const encoded = form !== 'base64' && view.encodedWithin(start, end);
    return {
        ...span,
        token,
        form: encoded ? 'url-encoded' : form,
        wrapped: view.joinedWithin(start, end)
    };
}
/** base64 text at view offset `at` that decodes to text holding a token. */
function base64At(view, at, depth, bodiesAnywhere) {
    const text = view.text;
    let end = at;
    const limit = Math.min(text.length, at + MAX_CANDIDATE * 2);
    while (end < limit && (isBase64Char(text.charCodeAt(end)) || isUrlSafeChar(text.charCodeAt(end))))
        end++;
    while (end < text.length && text.charCodeAt(end) === 61)
        end++;
    const decoded = Buffer.from(text.slice(at, end), 'base64').toString('latin1');
    const inner = findTokensAt(decoded, depth + 1, bodiesAnywhere)[0];
    if (inner === undefined)
        return null;
    // Cut the span where the inner token's bytes end (the rest may be a joined next line).
    const stop = Math.min(end, at + Math.ceil((inner.end * 4) / 3));
    let padded = stop;
    while (padded < end && text.charCodeAt(padded) === 61)
        padded++;
    return found(view, at, padded, inner.token, 'base64');
}
/** Where base64 of a token starts: `FlyV1 `, `Bearer `, a label or a body, encoded. */
const BASE64_LABEL = /Rmx5VjEg|QmVhcmVyI|Zm0yX|Zm0xcl8|Zm0xYV8|Zm8xX|bEp[PQ]/g;
/** Anchors of the forms the view is needed for (labels also escaped), tested on the raw text first. */
const RAW_ANCHOR = new RegExp(String.raw `(?:fm2|fm1r|fm1a|fo1)(?:_|%5[Ff]|\\(?:u00|x)5[Ff]|&(?:#0*95|#[xX]0*5[Ff]|lowbar|UnderBar);)|lJ[OP]|` +
    BASE64_LABEL.source);
function findTokensAt(text, depth, bodiesAnywhere) {
    const out = RAW_ANCHOR.test(text) ? encodedTokens(text, depth, bodiesAnywhere) : [];
    // Legacy tokens are read where they stand (no wrapping to undo), as written or in base64 (a
    // Kubernetes secret's value), where the text before says token.
    const legacy = legacyRuns(text).map(([start, end]) => [start, end, text.slice(start, end), 'legacy']);
    if (/token/i.test(text)) {
        for (const [start, end, token] of legacyBase64Runs(text))
            legacy.push([start, end, token, 'base64']);
    }
    for (const [start, end, token, form] of legacy) {
        if (!LEGACY_CONTEXT.test(text.slice(Math.max(0, start - 64), start)))
            continue;
        if (out.some(f => start >= f.start && start < f.end))
            continue;
        out.push({ start, end, token, form, wrapped: false });
    }
    return out.sort((a, b) => a.start - b.start);
}
/**
 * Bodies tried where they continue a longer word (`bodiesAnywhere`): plenty for pasted text, and
 * a bound for text built of `lJP` runs, where each try reads to the end of the run (quadratic).
 */
const MAX_GLUED_BODY_TRIES = 64;
/** Labelled tokens, bodies and base64 of tokens, through the view (joins and escapes undone). */
function encodedTokens(text, depth, bodiesAnywhere) {
    const view = new View(text);
    const v = view.text;
    const out = [];
    let covered = 0;
    let gluedTries = 0;
    for (const match of v.matchAll(ANCHOR)) {
        const at = match.index;
        if (at < covered)
            continue;
        // A macaroon label counts wherever it stands when its body decodes (`Xfm2_\u2026`, `%22fm2_\u2026`):
        // from the label on, the text is what Fly reads. `fo1_`, which nothing decodes, must not
        // continue a longer word, and a bare body must stand on its own, unless `bodiesAnywhere`.
        const fresh = match[0].startsWith('lJ')
            ? startsFresh(view, at) || (bodiesAnywhere && gluedTries++ < MAX_GLUED_BODY_TRIES)
            : match[0] !== 'fo1_' ||
                labelFresh(view, at) ||
                afterTokenShorthand(view, at) ||
                bodiesAnywhere;
        if (!fresh)
            continue;
        const bundle = bundleAt(view, at);
        if (bundle === null)
            continue;
        const form = bundle.pieces.every(p => !p.labelled)
            ? 'body'
            : bundle.pieces.every(p => p.text.startsWith('fo1_'))
                ? 'oauth'
                : 'labelled';
        out.push(found(view, bundle.start, bundle.end, tokenOf(bundle.pieces), form));
        covered = bundle.end;
    }
    if (depth < MAX_DEPTH) {
        let gluedBase64Tries = 0;
        for (const match of v.matchAll(BASE64_RUN)) {
            const at = match.index;
            if (!startsFresh(view, at) || out.some(f => overlaps(view, at, f)))
                continue;
            const token = base64At(view, at, depth, bodiesAnywhere);
            if (token !== null) {
                out.push(token);
                continue;
            }
            // Base64 of a token glued to the characters before it (`/hook/<base64>`, a path, `x<base64>`)
            // decodes out of step from the run's start: tried again where an encoded label starts.
            for (const anchor of match[0].matchAll(BASE64_LABEL)) {
                if (anchor.index === 0 || gluedBase64Tries++ >= MAX_GLUED_BODY_TRIES)
                    continue;
                const glued = base64At(view, at + anchor.index, depth, bodiesAnywhere);
                if (glued !== null) {
                    out.push(glued);
                    break;
                }
            }
        }
    }
    return out;
}
/** A label starts a token unless it continues a longer word (`xfm2_\u2026`). */
function labelFresh(view, at) {
    if (at === 0 || view.joins.has(at))
        return true;
    const before = view.text.charCodeAt(at - 1);
    return !isUrlSafeChar(before);
}
/**
 * Right after flyctl's `-t` (`--access-token`) written as its own word: Go flag shorthands take
 * their value glued (`flyctl deploy -tfo1_\u2026`), so Fly reads the token there.
 */
function afterTokenShorthand(view, at) {
    const text = view.text;
    return (at >= 2 &&
        text.startsWith('-t', at - 2) &&
        (at === 2 || view.joins.has(at - 2) || !isUrlSafeChar(text.charCodeAt(at - 3))));
}
function overlaps(view, at, token) {
    const start = view.origin(at);
    return start >= token.start && start < token.end;
}
/** Every Fly token in `text`, in order, none overlapping. Never throws. */
function findTokens(text, options = {}) {
    try {
        return findTokensAt(text, 0, options.bodiesAnywhere ?? false);
    }
    catch {
        return [];
    }
}


/***/ }),

/***/ 1267:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $M: () => (/* binding */ goTrim),
/* harmony export */   ce: () => (/* binding */ goTrimBounds),
/* harmony export */   es: () => (/* binding */ containsGoSpace)
/* harmony export */ });
// Go's string helpers as Fly's parsers use them, so headers are read exactly as Fly reads them.
/** Go's `unicode.IsSpace`: ASCII/Latin-1 spaces plus the Unicode White_Space set (all in the BMP). */
const GO_SPACE = /[\t\n\v\f\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
function isGoSpace(text, at) {
    return GO_SPACE.test(text.charAt(at));
}
/** Whether `text` contains characters Go would trim (used for the in-body line-break hint). */
function containsGoSpace(text) {
    return GO_SPACE.test(text);
}
/** Bounds of `text.slice(start, end)` after Go's `strings.TrimSpace`. */
function goTrimBounds(text, start = 0, end = text.length) {
    let from = start;
    let to = end;
    while (from < to && isGoSpace(text, from))
        from++;
    while (to > from && isGoSpace(text, to - 1))
        to--;
    return [from, to];
}
/** Go's `strings.TrimSpace`. */
function goTrim(text) {
    const [from, to] = goTrimBounds(text);
    return text.slice(from, to);
}


/***/ }),

/***/ 5316:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   RW: () => (/* binding */ parseHeader),
/* harmony export */   jZ: () => (/* binding */ normalizeHeader),
/* harmony export */   q6: () => (/* binding */ isSchemeOnly)
/* harmony export */ });
/* unused harmony exports MACAROON_LABELS, authScheme */
/* harmony import */ var _go_text_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1267);
// Reading an Authorization value the way Fly does: trim, strip `FlyV1 `/`Bearer ` (repeatedly,
// case-insensitively), split on `,`, trim each piece, cut each at its first `_`.

const MACAROON_LABELS = ['fm2', 'fm1r', 'fm1a'];
const OAUTH_TOKEN = /^fo1_[A-Za-z0-9_-]{43}$/;
const LEGACY_TOKEN = /^[A-Za-z0-9_-]{43}$/;
function schemeNamed(word) {
    // Case-insensitive, as Fly compares them (no other letter lower-cases to these ASCII ones).
    const lower = word.toLowerCase();
    if (lower === 'flyv1')
        return 'FlyV1';
    if (lower === 'bearer')
        return 'Bearer';
    return null;
}
function classifyPiece(index, raw) {
    const text = (0,_go_text_js__WEBPACK_IMPORTED_MODULE_0__/* .goTrim */ .$M)(raw);
    const cut = text.indexOf('_');
    const hasUnderscore = cut >= 0;
    const label = hasUnderscore ? text.slice(0, cut) : '';
    const body = hasUnderscore ? text.slice(cut + 1) : '';
    let kind = 'unknown';
    if (hasUnderscore && MACAROON_LABELS.includes(label))
        kind = 'macaroon';
    else if (OAUTH_TOKEN.test(text))
        kind = 'oauth-user-token';
    // A damaged fo1_ token can still be 43 legacy-looking characters: far likelier than a legacy
    // token that happens to start with fo1_, so it stays unrecognised.
    else if (LEGACY_TOKEN.test(text) && label !== 'fo1')
        kind = 'legacy-user-token';
    return { index, text, padded: text.length !== raw.length, kind, label, body, hasUnderscore };
}
/** Parse without judging: problems are worked out by the decoder from these pieces. */
function parseHeader(input) {
    const [from, to] = (0,_go_text_js__WEBPACK_IMPORTED_MODULE_0__/* .goTrimBounds */ .ce)(input);
    const trimmed = input.slice(from, to);
    const schemes = [];
    const layers = [];
    // Index-based, so a long run of schemes stays linear.
    let start = 0;
    for (;;) {
        const space = trimmed.indexOf(' ', start);
        if (space < 0)
            break;
        const scheme = schemeNamed((0,_go_text_js__WEBPACK_IMPORTED_MODULE_0__/* .goTrim */ .$M)(trimmed.slice(start, space)));
        if (scheme === null)
            break;
        schemes.push(scheme);
        start = (0,_go_text_js__WEBPACK_IMPORTED_MODULE_0__/* .goTrimBounds */ .ce)(trimmed, space + 1)[0];
        layers.push(trimmed.slice(start));
    }
    const stripped = trimmed.slice(start);
    const pieces = stripped === '' ? [] : stripped.split(',').map((raw, i) => classifyPiece(i, raw));
    const surrounded = from > 0 || to < input.length;
    return {
        trimmed,
        stripped,
        schemes,
        layers,
        pieces,
        surroundingWhitespace: surrounded,
        surroundingNewline: surrounded && /[\r\n]/.test(input.slice(0, from) + input.slice(to))
    };
}
/** True when what is left after the schemes is itself only a scheme word (`FlyV1 ` \u2192 `FlyV1`). */
function isSchemeOnly(header) {
    return header.stripped !== '' && schemeNamed(header.stripped) !== null;
}
/** `FlyV1` when the value holds any macaroon, else `Bearer` (user tokens), as fly-go chooses. */
function authScheme(input) {
    return parseHeader(String(input)).pieces.some(p => p.kind === 'macaroon') ? 'FlyV1' : 'Bearer';
}
/**
 * The clean Authorization value: scheme + trimmed pieces joined by commas, e.g. `FlyV1 fm2_\u2026,fm2_\u2026`.
 * `machines` (default) sends only the macaroons when there are any, as flyctl does for the Machines
 * API; `graphql` sends macaroons then user tokens. Empty pieces are dropped; '' when nothing is left.
 */
function normalizeHeader(input, target = 'machines') {
    const pieces = parseHeader(String(input)).pieces.filter(p => p.text !== '');
    const macaroons = pieces.filter(p => p.kind === 'macaroon').map(p => p.text);
    const others = pieces.filter(p => p.kind !== 'macaroon').map(p => p.text);
    const chosen = target === 'graphql' ? [...macaroons, ...others] : macaroons.length ? macaroons : others;
    if (chosen.length === 0)
        return '';
    return `${macaroons.length ? 'FlyV1' : 'Bearer'} ${chosen.join(',')}`;
}


/***/ }),

/***/ 6700:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Mh: () => (/* reexport */ decode/* PERMISSION_LOCATION */.M),
  oF: () => (/* reexport */ actions/* actionLetters */.oF),
  vQ: () => (/* reexport */ actions/* actionMask */.vQ),
  bu: () => (/* reexport */ bundleAllows),
  oL: () => (/* reexport */ decode/* decodeToken */.o),
  e4: () => (/* reexport */ inspectToken),
  RW: () => (/* reexport */ token_header/* parseHeader */.RW),
  pV: () => (/* reexport */ tokenFragments)
});

// UNUSED EXPORTS: MAX_INPUT_BYTES, allows, authScheme, checkAccess, decodeCaveatSet, normalizeHeader, registeredCaveatTypes

// EXTERNAL MODULE: ./lib/token/actions.js
var actions = __nccwpck_require__(598);
// EXTERNAL MODULE: ./lib/token/access-model.js
var access_model = __nccwpck_require__(7355);
// EXTERNAL MODULE: ./lib/token/facts.js
var facts = __nccwpck_require__(2846);
// EXTERNAL MODULE: ./lib/token/limits.js
var limits = __nccwpck_require__(6485);
;// CONCATENATED MODULE: ./lib/token/access.js
// The access evaluator: what Fly's `macaroon.Validate` would decide for one access, over a
// caveat list, a permission token with its discharges, or a whole bundle ("any token allows").
// Validity windows are checked only when the access carries `now`; 3P, BindToParentToken and
// attestations are left out at the top level, as Fly's verifier does.


function parseId(value, what) {
    if (value === undefined)
        return undefined;
    if (typeof value === 'bigint' && value >= 0n)
        return value;
    if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0)
        return BigInt(value);
    if (typeof value === 'string' && /^\d{1,20}$/.test(value))
        return BigInt(value);
    throw new RangeError(`invalid ${what} id`);
}
/** The public access shape -> the evaluator's; a string explains an unusable access. */
function normalizeAccess(access) {
    try {
        const out = { action: (0,actions/* actionMask */.vQ)(access.action ?? '') };
        const orgId = parseId(access.orgId, 'org');
        const appId = parseId(access.appId, 'app');
        if (orgId !== undefined)
            out.orgId = orgId;
        if (appId !== undefined)
            out.appId = appId;
        const strings = [
            'feature',
            'appFeature',
            'volume',
            'machine',
            'machineFeature',
            'mutation',
            'cluster',
            'storageObject',
            'sourceMachine',
            'sourceApp',
            'sourceOrganization'
        ];
        for (const key of strings) {
            const value = access[key];
            if (typeof value === 'string')
                out[key] = value;
        }
        if (Array.isArray(access.command))
            out.command = access.command.map(String);
        if (access.now instanceof Date && !Number.isNaN(access.now.getTime())) {
            out.now = Math.floor(access.now.getTime() / 1000);
        }
        return out;
    }
    catch (error) {
        return error instanceof RangeError ? error.message : 'invalid access';
    }
}
/** Validate one access against a caveat list (all must allow it). */
function checkCaveats(caveats, access) {
    const shape = (0,access_model/* accessShapeError */.aH)(access);
    if (shape !== null)
        return (0,access_model/* deny */.Xg)(`invalid access: ${shape}`);
    for (const caveat of caveats) {
        if (caveat.isAttestation || caveat.verificationOnly)
            continue;
        const verdict = caveat.prohibits(access);
        if (!verdict.ok)
            return verdict;
    }
    return access_model/* ALLOW */.cg;
}
/** Every action bit the caveats allow on the target (each checked on its own, as Fly would). */
function allowedMask(caveats, target) {
    let mask = 0;
    for (const bit of actions/* ACTION_BITS */.IP) {
        if (checkCaveats(caveats, { ...target, action: bit }).ok)
            mask |= bit;
    }
    return mask;
}
/** `allows(caveats, access)`: the action letters the caveats allow for this access. */
function allows(caveats, access) {
    const normalized = normalizeAccess(access);
    return typeof normalized === 'string' ? '' : actionLetters(allowedMask(caveats, normalized));
}
/** A permission token's caveats plus those of its paired discharges. */
function grantCaveats(grant) {
    return [...grant.token.caveats, ...grant.discharges.flatMap(d => d.caveats)];
}
/** Ask a whole token: allowed when any permission token (with its discharges) allows it. */
function checkAccess(token, access) {
    const normalized = normalizeAccess(access);
    if (typeof normalized === 'string')
        return { allowed: false, allowedBy: [], reasons: [normalized] };
    const allowedBy = [];
    const reasons = [];
    for (const grant of token.grants) {
        const verdict = checkCaveats(grantCaveats(grant), normalized);
        if (verdict.ok)
            allowedBy.push(grant.token.index);
        else
            reasons.push(`token ${grant.token.index + 1}: ${verdict.reason}`);
    }
    return { allowed: allowedBy.length > 0, allowedBy, reasons: allowedBy.length ? [] : reasons };
}
/** The action letters a whole token allows for this access (union over its permission tokens). */
function bundleAllows(token, access) {
    const normalized = normalizeAccess(access);
    if (typeof normalized === 'string')
        return '';
    let mask = 0;
    for (const grant of token.grants)
        mask |= allowedMask(grantCaveats(grant), normalized);
    return (0,actions/* actionLetters */.oF)(mask);
}

// EXTERNAL MODULE: ./lib/token/caveats/caveat.js
var caveat = __nccwpck_require__(8367);
// EXTERNAL MODULE: ./lib/token/caveats/organization.js
var organization = __nccwpck_require__(8276);
;// CONCATENATED MODULE: ./lib/token/summary.js
// The access summary of a bundle (the `classification` fields): orgs, apps, features, clusters,
// commands, mutations, and what each of them allows, computed with the access evaluator.







/**
 * Caps the caveat evaluations one analysis may spend, so hostile bundles (many permission tokens
 * sharing one huge discharge, many apps...) stay linear. Real tokens use a tiny fraction of it.
 */
class ProbeBudget {
    limit;
    used = 0;
    exhausted = false;
    constructor(limit = limits/* MAX_CAVEAT_EVALUATIONS */.MS) {
        this.limit = limit;
    }
    spend(evaluations) {
        if (this.used + evaluations > this.limit) {
            this.exhausted = true;
            return false;
        }
        this.used += evaluations;
        return true;
    }
}
/** The org a permission token speaks for (its first Organization caveat, else a nested one; 0 = any). */
function grantOrg(grant) {
    // allCaveats lists the top-level caveats first.
    return (0,caveat/* allCaveats */.Dp)(grant.token.caveats).find(c => c instanceof organization/* OrganizationCaveat */.G)?.id ?? 0n;
}
/**
 * A bundle-wide probe: the actions any permission token allows on the target, each token asked
 * about its own org. Validation is a conjunction, so a token's mask is its own caveats' mask AND
 * each discharge's. Each evaluation of a macaroon is paid for from the budget (its caveats,
 * nested included, times the action bits), once per probe even when grants share it.
 */
function makeProbe(grants, budget = new ProbeBudget()) {
    const orgs = grants.map(grantOrg);
    return target => {
        const masks = new Map();
        const maskOf = (m, orgId) => {
            const key = `${m.index}:${orgId}`;
            let mask = masks.get(key);
            if (mask === undefined) {
                const weight = (0,caveat/* allCaveats */.Dp)(m.caveats).length + 1;
                mask = budget.spend(weight * actions/* ACTION_BITS */.IP.length)
                    ? allowedMask(m.caveats, { ...target, orgId })
                    : 0;
                masks.set(key, mask);
            }
            return mask;
        };
        let union = 0;
        grants.forEach((grant, i) => {
            const orgId = orgs[i] ?? 0n;
            let mask = maskOf(grant.token, orgId);
            for (const d of grant.discharges) {
                if (mask === 0)
                    break;
                mask &= maskOf(d, orgId);
            }
            union |= mask;
        });
        return union;
    };
}
/** Every macaroon that takes part in some grant, once (first-seen order). */
function grantMacaroons(grants) {
    return [...new Set(grants.flatMap(g => [g.token, ...g.discharges]))];
}
function probeEach(names, probe) {
    return Object.fromEntries(names.slice(0, limits/* MAX_PROBED_RESOURCES */.Wz).map(name => [name, (0,actions/* actionLetters */.oF)(probe(name))]));
}
function summarizeAccess(grants, budget = new ProbeBudget()) {
    const named = (0,facts/* mergeResources */.U)(grantMacaroons(grants));
    const probe = makeProbe(grants, budget);
    const apps = named.appIds.map(String);
    const orgMask = grants.length ? probe({}) : 0;
    const summary = {
        orgIds: (0,facts/* mergeResources */.U)(grants.map(g => g.token)).orgIds.map(String),
        appIds: apps,
        appAccess: probeEach(apps, id => probe({ appId: BigInt(id) })),
        orgAccess: orgMask ? (0,actions/* actionLetters */.oF)(orgMask) : null,
        featureAccess: probeEach(named.features, feature => probe({ feature })),
        commands: named.hasCommands ? named.commands : null,
        mutations: named.hasMutations ? named.mutations : null,
        limited: [named.appIds, named.features, named.clusters].some(list => list.length > limits/* MAX_PROBED_RESOURCES */.Wz)
    };
    if (named.hasClusters) {
        summary.clusterAccess = probeEach(named.clusters, cluster => probe({ feature: access_model/* LITEFS_FEATURE */.rS, cluster }));
    }
    return summary;
}

;// CONCATENATED MODULE: ./lib/token/classify.js
// The kind of a token, from what it can do (probed with the access evaluator), not from how its
// caveats are spelled: a token attenuated client-side to deploy-like powers is a `deploy` token.





const WRITE_BITS = actions/* ACTION_ALL */.zq & ~actions/* ACTION_READ */.SG;
const PROBE_MACHINE = 'probe-machine';
const PROBE_SHELL = ['sh'];
const SSH_MUTATION = 'issueCertificate';
function writes(mask) {
    return (mask & WRITE_BITS) !== 0;
}
function unnamedApp(named) {
    let candidate = 1n;
    for (const id of named)
        if (id >= candidate)
            candidate = id + 1n;
    return candidate;
}
function profileGrant(grant, budget = new ProbeBudget()) {
    const named = (0,facts/* mergeResources */.U)([grant.token, ...grant.discharges], limits/* MAX_PROBED_RESOURCES */.Wz);
    const probe = makeProbe([grant], budget);
    const otherApp = unnamedApp(named.appIds);
    const appsToTry = [...named.appIds, otherApp];
    const commandsToTry = named.commands.map(rule => (rule.args.length ? rule.args : PROBE_SHELL));
    return {
        org: probe({}),
        namedApps: named.appIds.map(appId => probe({ appId })),
        otherApp: probe({ appId: otherApp }),
        builder: probe({ feature: 'builder' }),
        wg: probe({ feature: 'wg' }),
        otherFeatures: named.features
            .filter(f => f !== 'builder' && f !== 'wg')
            .map(feature => probe({ feature })),
        hasCommands: named.hasCommands,
        execAllowed: appsToTry.some(appId => commandsToTry.some(command => writes(probe({ appId, machine: PROBE_MACHINE, command })))),
        issuesCertificates: named.hasMutations &&
            appsToTry.some(appId => writes(probe({ appId, mutation: SSH_MUTATION }))),
        hasClusters: named.hasClusters,
        clusterWrite: named.clusters.some(cluster => writes(probe({ feature: access_model/* LITEFS_FEATURE */.rS, cluster })))
    };
}
/** Writes anything without naming a GraphQL mutation or a command. */
function writesDirectly(p) {
    return [p.org, p.otherApp, p.builder, p.wg, ...p.namedApps, ...p.otherFeatures].some(writes);
}
/** The kind one permission token has on its own (ssh is a bundle-level shape, see below). */
function grantKind(p) {
    const orgWrites = writes(p.org);
    const appWrites = writes(p.otherApp) || p.namedApps.some(writes);
    const fullOrg = p.org === actions/* ACTION_ALL */.zq &&
        p.otherApp === actions/* ACTION_ALL */.zq &&
        p.builder === actions/* ACTION_ALL */.zq &&
        p.wg === actions/* ACTION_ALL */.zq;
    if (fullOrg)
        return 'org';
    const readsOrg = (p.org & actions/* ACTION_READ */.SG) !== 0 && (p.otherApp & actions/* ACTION_READ */.SG) !== 0;
    if (readsOrg && !writesDirectly(p) && !p.execAllowed && !p.clusterWrite)
        return 'readonly';
    const noApps = p.otherApp === 0 && p.namedApps.every(m => m === 0);
    if (p.wg === actions/* ACTION_ALL */.zq &&
        noApps &&
        !orgWrites &&
        !writes(p.builder) &&
        !p.otherFeatures.some(writes)) {
        return 'wireguard';
    }
    if (p.hasCommands && p.execAllowed && !orgWrites && !appWrites)
        return 'machine-exec';
    if (p.namedApps.some(m => m === actions/* ACTION_ALL */.zq) &&
        p.otherApp === 0 &&
        !orgWrites &&
        !p.otherFeatures.some(writes) &&
        !p.clusterWrite) {
        return 'deploy';
    }
    if (p.hasClusters && p.clusterWrite && !orgWrites && !appWrites)
        return 'litefs-cloud';
    return 'custom';
}
/** The kind of a whole decoded token. */
function classify(token, budget = new ProbeBudget()) {
    if (token.malformed)
        return 'malformed';
    // A user token in the bundle carries the user's full power, whatever else comes with it.
    if (token.userTokenCount > 0)
        return 'personal';
    if (token.grants.length === 0)
        return 'custom';
    const profiles = token.grants.map(grant => profileGrant(grant, budget));
    // ssh: certificates through a mutations-only token, nothing else writable.
    if (profiles.some(p => p.issuesCertificates) && !profiles.some(writesDirectly))
        return 'ssh';
    const kinds = [...new Set(profiles.map(grantKind))];
    return kinds.length === 1 && kinds[0] ? kinds[0] : 'custom';
}

// EXTERNAL MODULE: ./lib/token/decode.js + 5 modules
var decode = __nccwpck_require__(8985);
// EXTERNAL MODULE: ./lib/token/problems.js
var token_problems = __nccwpck_require__(213);
// EXTERNAL MODULE: ./lib/token/bundle.js + 1 modules
var bundle = __nccwpck_require__(9976);
// EXTERNAL MODULE: ./lib/token/caveats/identity.js
var identity = __nccwpck_require__(4613);
// EXTERNAL MODULE: ./lib/token/caveats/validity-window.js
var validity_window = __nccwpck_require__(8902);
// EXTERNAL MODULE: ./lib/token/time.js
var time = __nccwpck_require__(8140);
;// CONCATENATED MODULE: ./lib/token/relations.js
// What can be worked out offline between the macaroons of a bundle: expiry (earliest window
// anywhere, IfPresent included), creator, and whether every 3P caveat has its discharge.





/** Every validity window of a macaroon, IfPresent contents included. */
function windowsOf(macaroon) {
    return (0,caveat/* allCaveats */.Dp)(macaroon.caveats).filter(c => c instanceof validity_window/* ValidityWindowCaveat */.J);
}
/** Earliest not_after of one macaroon's own windows (the library's Expiration()). */
function macaroonExpiry(macaroon) {
    const ends = windowsOf(macaroon).map(w => w.notAfter);
    return ends.length === 0 ? null : (0,time/* isoFromUnix */.o)(ends.reduce((a, b) => (b < a ? b : a)));
}
function summarizeExpiry(macaroons) {
    let earliest = null;
    let latestStart = null;
    for (const w of macaroons.flatMap(windowsOf)) {
        if (earliest === null || w.notAfter < earliest.notAfter)
            earliest = w;
        if (latestStart === null || w.notBefore > latestStart)
            latestStart = w.notBefore;
    }
    if (earliest === null || latestStart === null) {
        return { expiresAt: null, notBefore: null, lifetimeSeconds: null };
    }
    return {
        expiresAt: (0,time/* isoFromUnix */.o)(earliest.notAfter),
        notBefore: (0,time/* isoFromUnix */.o)(latestStart),
        lifetimeSeconds: Number(earliest.notAfter - earliest.notBefore)
    };
}
/** The creator: FlyioUserID in a discharge, else IsUser anywhere, else null. */
function creatorOf(macaroons) {
    for (const m of macaroons) {
        if (m.role !== 'discharge')
            continue;
        const attested = (0,caveat/* allCaveats */.Dp)(m.caveats).find(c => c instanceof identity/* AttestationCaveat */.N_ && c.name === 'FlyioUserID');
        if (attested instanceof identity/* AttestationCaveat */.N_)
            return attested.userId.toString();
    }
    for (const m of macaroons) {
        const isUser = (0,caveat/* allCaveats */.Dp)(m.caveats).find(c => c instanceof identity/* IsUserCaveat */.yX);
        if (isUser instanceof identity/* IsUserCaveat */.yX)
            return isUser.userId.toString();
    }
    return null;
}
/** True when every permission token's 3P caveat has its discharge; null when there is none. */
function dischargePaired(macaroons, grants) {
    if (!grants.some(g => (0,bundle/* thirdPartyCaveats */.rS)(g.token).length > 0))
        return null;
    return (0,bundle/* undischargedTickets */.pl)(macaroons, grants).length === 0;
}
/** For each macaroon index: the indexes it is paired with (discharges of a permission token, or vice versa). */
function pairings(grants) {
    const out = new Map();
    const add = (from, to) => {
        const list = out.get(from);
        if (list)
            list.push(to);
        else
            out.set(from, [to]);
    };
    for (const g of grants) {
        for (const d of g.discharges) {
            add(g.token.index, d.index);
            add(d.index, g.token.index);
        }
    }
    return out;
}

// EXTERNAL MODULE: ./lib/token/scrub.js
var scrub = __nccwpck_require__(8094);
;// CONCATENATED MODULE: ./lib/token/inspect.js
// The public entry: any token string -> TokenInspection (the `inspect --json` contract).
// Pure, linear, never throws, never echoes token text.







function malformedInspection(decoded) {
    return {
        kind: 'malformed',
        orgIds: [],
        appIds: [],
        appAccess: {},
        orgAccess: null,
        featureAccess: {},
        commands: null,
        mutations: null,
        expiresAt: null,
        notBefore: null,
        lifetimeSeconds: null,
        hasDischarge: false,
        dischargePaired: null,
        userId: null,
        identity: null,
        userTokenCount: 0,
        macaroonCount: 0,
        tokens: [],
        problems: decoded.problems,
        formatting: decoded.formatting
    };
}
function describeMacaroons(decoded) {
    const paired = pairings([...decoded.grants, ...decoded.rejected]);
    return decoded.macaroons.map(m => ({
        role: m.role,
        location: m.location,
        label: m.label,
        caveats: m.caveats.map(c => ({ type: c.type.toString(), name: c.name, body: c.describe() })),
        identity: m.identity,
        expiresAt: macaroonExpiry(m),
        pairedWith: paired.get(m.index) ?? []
    }));
}
/** Build the inspection of an already decoded token (no scrubbing: see inspectToken). */
function inspectDecoded(decoded) {
    if (decoded.malformed)
        return malformedInspection(decoded);
    const budget = new ProbeBudget();
    const access = summarizeAccess(decoded.grants, budget);
    const kind = classify(decoded, budget);
    const expiry = summarizeExpiry(decoded.macaroons);
    const problems = [...decoded.problems];
    if (access.limited) {
        const message = `more than ${limits/* MAX_PROBED_RESOURCES */.Wz} apps, features or clusters: access was worked out for the first ${limits/* MAX_PROBED_RESOURCES */.Wz} of each`;
        problems.push((0,token_problems/* problem */.CC)('analysis-limited', message, false));
    }
    if (budget.exhausted) {
        const message = 'the token is too complex to analyse fully: some access shown as none may be allowed';
        problems.push((0,token_problems/* problem */.CC)('analysis-limited', message, false));
    }
    const inspection = {
        kind,
        orgIds: access.orgIds,
        appIds: access.appIds,
        appAccess: access.appAccess,
        orgAccess: access.orgAccess,
        featureAccess: access.featureAccess,
        commands: access.commands,
        mutations: access.mutations,
        expiresAt: expiry.expiresAt,
        notBefore: expiry.notBefore,
        lifetimeSeconds: expiry.lifetimeSeconds,
        hasDischarge: decoded.macaroons.some(m => m.role === 'discharge'),
        dischargePaired: dischargePaired(decoded.macaroons, decoded.grants),
        userId: creatorOf(decoded.macaroons),
        identity: decoded.grants[0]?.token.identity ?? null,
        userTokenCount: decoded.userTokenCount,
        macaroonCount: decoded.macaroons.length,
        tokens: describeMacaroons(decoded),
        problems,
        formatting: decoded.formatting
    };
    if (access.clusterAccess)
        inspection.clusterAccess = access.clusterAccess;
    return inspection;
}
/** Decode, classify and describe any token string. Never throws; never contains token text. */
function inspectToken(input) {
    const text = typeof input === 'string' ? input : '';
    try {
        return (0,scrub/* scrubFragments */.fz)(inspectDecoded((0,decode/* decodeToken */.o)(text)), text);
    }
    catch {
        // Defensive: every known failure is a problem already; this keeps the promise of no throws.
        const message = 'the token could not be analysed (internal error)';
        return malformedInspection({
            problems: [(0,token_problems/* problem */.CC)('internal-error', message, true)],
            formatting: []
        });
    }
}

// EXTERNAL MODULE: ./lib/token/go-text.js
var go_text = __nccwpck_require__(1267);
// EXTERNAL MODULE: ./lib/token/header.js
var token_header = __nccwpck_require__(5316);
;// CONCATENATED MODULE: ./lib/token/fragments.js
// Every form in which a token's secret text could show up, for masking (core.setSecret) and for
// leak tests. The value is normalised first (schemes stripped, pieces split) and only real forms
// are derived from it, a bounded number of them: a value of thousands of repeated schemes or
// pieces gives a few dozen fragments, not one per layer. Fragments shorter than
// MIN_FRAGMENT_LENGTH are dropped (they are not secrets and masking them would garble output).



/** Scheme layers kept from the inside out: real values nest at most `Bearer FlyV1 \u2026`. */
const MAX_LAYERS = 3;
/** Pieces of a bundle masked one by one (real bundles have up to about five). */
const MAX_PIECES = 32;
/** Lines masked one by one (a token wrapped at 64 columns fills about 70). */
const MAX_LINES = 128;
function tokenFragments(input) {
    const text = typeof input === 'string' ? input : '';
    const found = new Set();
    const add = (fragment) => {
        if (fragment.length >= limits/* MIN_FRAGMENT_LENGTH */.vV)
            found.add(fragment);
    };
    const header = (0,token_header/* parseHeader */.RW)(text);
    add(text.trim());
    add(header.trimmed);
    add(header.stripped);
    header.layers.slice(-MAX_LAYERS).forEach(add);
    // Scheme + secret forms only when the secret part is itself long enough to be one.
    const addWithScheme = (value) => {
        const secret = value.slice(value.indexOf(' ') + 1);
        if (secret.length >= limits/* MIN_FRAGMENT_LENGTH */.vV)
            add(value);
    };
    addWithScheme(`FlyV1 ${header.stripped}`);
    addWithScheme(`Bearer ${header.stripped}`);
    addWithScheme((0,token_header/* normalizeHeader */.jZ)(text));
    addWithScheme((0,token_header/* normalizeHeader */.jZ)(text, 'graphql'));
    const pieces = header.pieces.filter(p => p.text !== '');
    add(pieces.map(p => p.text).join(','));
    add(pieces
        .filter(p => p.kind === 'macaroon')
        .map(p => p.text)
        .join(','));
    for (const piece of pieces.slice(0, MAX_PIECES)) {
        add(piece.text);
        add(piece.body);
        add(piece.body.replace(/=+$/, ''));
        add(piece.body.replace(/[\r\n]/g, ''));
    }
    // Multi-line values: runners mask line by line.
    let lines = 0;
    for (const line of header.trimmed.split(/\r?\n/, MAX_LINES * 4)) {
        const trimmed = (0,go_text/* goTrim */.$M)(line);
        if (trimmed.length < limits/* MIN_FRAGMENT_LENGTH */.vV)
            continue;
        add(trimmed);
        if (++lines >= MAX_LINES)
            break;
    }
    return [...found].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}

// EXTERNAL MODULE: ./lib/token/caveats/registry.js + 6 modules
var registry = __nccwpck_require__(9766);
;// CONCATENATED MODULE: ./lib/token/index.js










/***/ }),

/***/ 2823:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R1: () => (/* binding */ jsonInteger),
/* harmony export */   nj: () => (/* binding */ toHex),
/* harmony export */   yJ: () => (/* binding */ jsonSafe),
/* harmony export */   yN: () => (/* binding */ jsonBytes)
/* harmony export */ });
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6485);
// JSON-safe renderings of decoded msgpack values (the library's JSON shapes, bigints kept exact).

/** A JSON number when exactly representable, else its decimal string. */
function jsonInteger(value) {
    const safe = value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER);
    return safe ? Number(value) : value.toString();
}
/** Go renders `[]byte` as standard base64 (and a nil slice as null). */
function jsonBytes(bytes) {
    return bytes === null ? null : Buffer.from(bytes).toString('base64');
}
function toHex(bytes) {
    return Buffer.from(bytes).toString('hex');
}
/** A bounded, JSON-safe rendering of any decoded msgpack value (for unregistered caveats). */
function jsonSafe(value, depth = 0) {
    if (value === null || value === undefined)
        return null;
    if (typeof value === 'boolean' || typeof value === 'string')
        return value;
    if (typeof value === 'number')
        return Number.isFinite(value) ? value : String(value);
    if (typeof value === 'bigint')
        return jsonInteger(value);
    if (value instanceof Uint8Array)
        return jsonBytes(value);
    if (depth >= _limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_RENDER_DEPTH */ .QJ)
        return '\u2026';
    if (Array.isArray(value))
        return value.map(item => jsonSafe(item, depth + 1));
    if (value instanceof Date)
        return Number.isNaN(value.getTime()) ? null : value.toISOString();
    if (typeof value === 'object') {
        // fromEntries defines own properties, so a key like `__proto__` stays data.
        return Object.fromEntries(Object.entries(value).map(([key, item]) => [displayKey(key), jsonSafe(item, depth + 1)]));
    }
    return null;
}
/** Map keys arrive tagged by the decoder (`s`tring / `n`umber / `x` other); show them untagged. */
function displayKey(tagged) {
    return tagged.startsWith('s') || tagged.startsWith('n') ? tagged.slice(1) : '?';
}


/***/ }),

/***/ 6485:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Lo: () => (/* binding */ MAX_IF_PRESENT_DEPTH),
/* harmony export */   MS: () => (/* binding */ MAX_CAVEAT_EVALUATIONS),
/* harmony export */   QJ: () => (/* binding */ MAX_RENDER_DEPTH),
/* harmony export */   Wz: () => (/* binding */ MAX_PROBED_RESOURCES),
/* harmony export */   su: () => (/* binding */ MAX_INPUT_BYTES),
/* harmony export */   vV: () => (/* binding */ MIN_FRAGMENT_LENGTH),
/* harmony export */   xB: () => (/* binding */ MAX_TOKEN_PIECES)
/* harmony export */ });
// Hard limits that keep the decoder linear in its input and safe on hostile data.
/** Inputs above this many UTF-8 bytes are refused before any decoding (real headers are < 2 KiB). */
const MAX_INPUT_BYTES = 65536;
/**
 * Tokens with more comma-separated pieces than this are refused as a whole: real ones have a few,
 * and one problem line for each of 60,000 stray commas buries the answer.
 */
const MAX_TOKEN_PIECES = 1024;
/** IfPresent inside IfPresent deeper than this is refused: real tokens nest once. */
const MAX_IF_PRESENT_DEPTH = 8;
/** Generic renderings (unregistered caveat values) stop descending past this depth. */
const MAX_RENDER_DEPTH = 12;
/** At most this many apps/features/clusters are probed for the access summary. */
const MAX_PROBED_RESOURCES = 64;
/** Output fragments shorter than this are not treated as secret (and never masked). */
const MIN_FRAGMENT_LENGTH = 8;
/** Caveat evaluations one analysis may spend (typical tokens need about a thousand). */
const MAX_CAVEAT_EVALUATIONS = 2_000_000;


/***/ }),

/***/ 259:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ho: () => (/* binding */ arrayHeader),
/* harmony export */   ut: () => (/* binding */ arrayItems),
/* harmony export */   zc: () => (/* binding */ scanItem)
/* harmony export */ });
// Where each MessagePack item ends, without building values. @msgpack/msgpack decodes values but
// does not say where nested items lie, and three things need exactly that:
//  - the signature chain covers the exact bytes of every caveat, so attenuation re-uses them as
//    they are (attenuate/wire.ts) and unregistered caveats are shown byte for byte;
//  - a cut-off token is told apart from bytes that are not MessagePack at all;
//  - hostile input is bounded before anything is decoded: a length claiming more bytes than are
//    left ends the walk, which is iterative (a counter of pending items, no recursion).
/** Head bytes 0xc0-0xdf: [bytes holding the length, fixed payload bytes, what the length counts]. */
const FORMATS = new Map([
    [0xc0, [0, 0, 'none']], // nil
    [0xc2, [0, 0, 'none']], // false
    [0xc3, [0, 0, 'none']], // true
    [0xc4, [1, 0, 'bytes']], // bin 8/16/32
    [0xc5, [2, 0, 'bytes']],
    [0xc6, [4, 0, 'bytes']],
    [0xc7, [1, 1, 'bytes']], // ext 8/16/32: length, type byte, data
    [0xc8, [2, 1, 'bytes']],
    [0xc9, [4, 1, 'bytes']],
    [0xca, [0, 4, 'none']], // float 32/64
    [0xcb, [0, 8, 'none']],
    [0xcc, [0, 1, 'none']], // uint 8/16/32/64
    [0xcd, [0, 2, 'none']],
    [0xce, [0, 4, 'none']],
    [0xcf, [0, 8, 'none']],
    [0xd0, [0, 1, 'none']], // int 8/16/32/64
    [0xd1, [0, 2, 'none']],
    [0xd2, [0, 4, 'none']],
    [0xd3, [0, 8, 'none']],
    [0xd4, [0, 2, 'none']], // fixext 1/2/4/8/16: type byte + data
    [0xd5, [0, 3, 'none']],
    [0xd6, [0, 5, 'none']],
    [0xd7, [0, 9, 'none']],
    [0xd8, [0, 17, 'none']],
    [0xd9, [1, 0, 'bytes']], // str 8/16/32
    [0xda, [2, 0, 'bytes']],
    [0xdb, [4, 0, 'bytes']],
    [0xdc, [2, 0, 'items']], // array 16/32
    [0xdd, [4, 0, 'items']],
    [0xde, [2, 0, 'pairs']], // map 16/32
    [0xdf, [4, 0, 'pairs']]
]);
function readLength(bytes, at, size) {
    let value = 0;
    for (let i = 0; i < size; i++)
        value = value * 256 + (bytes[at + i] ?? 0);
    return value;
}
/** Where the item starting at `start` ends (exclusive), or why it cannot be read. */
function scanItem(bytes, start) {
    const truncated = { ok: false, failure: 'truncated' };
    let pos = start;
    let pending = 1;
    while (pending > 0) {
        const byte = bytes[pos];
        if (byte === undefined)
            return truncated;
        let format;
        let inline = 0;
        if (byte <= 0x7f || byte >= 0xe0)
            format = [0, 0, 'none']; // fixint
        else if (byte <= 0x8f)
            [format, inline] = [[0, 0, 'pairs'], byte & 0x0f]; // fixmap
        else if (byte <= 0x9f)
            [format, inline] = [[0, 0, 'items'], byte & 0x0f]; // fixarray
        else if (byte <= 0xbf)
            [format, inline] = [[0, 0, 'bytes'], byte & 0x1f]; // fixstr
        else {
            const known = FORMATS.get(byte);
            if (known === undefined)
                return { ok: false, failure: 'invalid' }; // 0xc1
            format = known;
        }
        const [lengthBytes, fixed, counts] = format;
        pos += 1;
        pending -= 1;
        if (pos + lengthBytes > bytes.length)
            return truncated;
        const length = lengthBytes ? readLength(bytes, pos, lengthBytes) : inline;
        pos += lengthBytes + fixed;
        if (counts === 'bytes')
            pos += length;
        else if (counts === 'items')
            pending += length;
        else if (counts === 'pairs')
            pending += 2 * length;
        // Every pending item needs at least one byte: a length claiming more is a cut-off token.
        if (pos > bytes.length || pending > bytes.length - pos)
            return truncated;
    }
    return { ok: true, end: pos };
}
/** If an array starts at `start`, its element count and where the first element begins. */
function arrayHeader(bytes, start) {
    const byte = bytes[start];
    if (byte === undefined)
        return null;
    if (byte >= 0x90 && byte <= 0x9f)
        return { count: byte & 0x0f, first: start + 1 };
    if (byte === 0xdc && start + 3 <= bytes.length)
        return { count: readLength(bytes, start + 1, 2), first: start + 3 };
    if (byte === 0xdd && start + 5 <= bytes.length)
        return { count: readLength(bytes, start + 1, 4), first: start + 5 };
    return null;
}
/** Byte ranges `[start, end)` of an array's elements; null when `start` is not a complete array. */
function arrayItems(bytes, start) {
    const header = arrayHeader(bytes, start);
    if (header === null)
        return null;
    const items = [];
    let pos = header.first;
    for (let i = 0; i < header.count; i++) {
        const scan = scanItem(bytes, pos);
        if (!scan.ok)
            return null;
        items.push([pos, scan.end]);
        pos = scan.end;
    }
    return items;
}


/***/ }),

/***/ 700:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ae: () => (/* binding */ asInt),
/* harmony export */   MZ: () => (/* binding */ uintKey),
/* harmony export */   XL: () => (/* binding */ asBool),
/* harmony export */   Yd: () => (/* binding */ asBytes),
/* harmony export */   ZC: () => (/* binding */ asUint),
/* harmony export */   _V: () => (/* binding */ asOptionalArray),
/* harmony export */   _j: () => (/* binding */ asArray),
/* harmony export */   bE: () => (/* binding */ stringKey),
/* harmony export */   gJ: () => (/* binding */ asOptionalBytes),
/* harmony export */   oJ: () => (/* binding */ asString),
/* harmony export */   uL: () => (/* binding */ decodePlainValue),
/* harmony export */   wz: () => (/* binding */ decodeValue),
/* harmony export */   xH: () => (/* binding */ asMapEntries),
/* harmony export */   ym: () => (/* binding */ ShapeError),
/* harmony export */   zN: () => (/* binding */ asMask)
/* harmony export */ });
/* harmony import */ var _msgpack_msgpack__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6435);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6485);
// Decoding msgpack values with @msgpack/msgpack, plus the shape checks the caveat modules share,
// lenient where Fly's Go decoder (vmihailenco/msgpack) is: a string field takes str or bin, a
// []byte field takes bin or str, a bool takes nil as false, an int64 takes a uint64 (wrapping).
// Map keys are tagged (`s` string, `n` number, `x` other) so a caveat can tell `{1: r}` from
// `{"1": r}` as Go's typed decoder does, and no key can collide with Object.prototype.


/** A body that does not have the shape its type requires (Fly's decoder would reject the token). */
class ShapeError extends Error {
    expected;
    constructor(expected) {
        super(`expected ${expected}`);
        this.expected = expected;
    }
}
const utf8 = new TextDecoder();
function tagKey(key) {
    if (typeof key === 'string')
        return `s${key}`;
    if (typeof key === 'number' || typeof key === 'bigint')
        return `n${String(key)}`;
    return 'x';
}
const LIMITS = {
    useBigInt64: true,
    maxArrayLength: _limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_INPUT_BYTES */ .su,
    maxMapLength: _limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_INPUT_BYTES */ .su,
    maxStrLength: _limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_INPUT_BYTES */ .su,
    maxBinLength: _limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_INPUT_BYTES */ .su,
    maxExtLength: _limits_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_INPUT_BYTES */ .su
};
/** For typed fields: str and bin alike come back as bytes, and a bin map key reads as a string. */
const typed = new _msgpack_msgpack__WEBPACK_IMPORTED_MODULE_1__/* .Decoder */ .XM({
    ...LIMITS,
    rawStrings: true,
    mapKeyConverter: key => tagKey(key instanceof Uint8Array ? utf8.decode(key) : key)
});
/** For showing a value no module knows: str as text, bin as bytes. */
const plain = new _msgpack_msgpack__WEBPACK_IMPORTED_MODULE_1__/* .Decoder */ .XM({ ...LIMITS, mapKeyConverter: tagKey });
function decodeWith(decoder, bytes) {
    try {
        return decoder.decode(bytes);
    }
    catch {
        throw new ShapeError('valid MessagePack');
    }
}
/**
 * Decode one complete item (already bounded by the scanner) for typed reading with the as*
 * helpers below; any decoder complaint is a shape error.
 */
function decodeValue(bytes) {
    return decodeWith(typed, bytes);
}
/** Decode one complete item as it is written (str as text), for display. */
function decodePlainValue(bytes) {
    return decodeWith(plain, bytes);
}
function asArray(value, expected, minLength = 0) {
    if (!Array.isArray(value) || value.length < minLength)
        throw new ShapeError(expected);
    return value;
}
/** Go decodes nil into a slice as a nil slice. */
function asOptionalArray(value, expected) {
    return value === null ? null : asArray(value, expected);
}
function asUint(value, expected) {
    if (typeof value === 'bigint' && value >= 0n)
        return value;
    if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0)
        return BigInt(value);
    throw new ShapeError(expected);
}
/** A Go int64: a uint64 beyond its range wraps to a negative number, as Go's conversion does. */
function asInt(value, expected) {
    if (typeof value === 'bigint')
        return BigInt.asIntN(64, value);
    if (typeof value === 'number' && Number.isSafeInteger(value))
        return BigInt(value);
    throw new ShapeError(expected);
}
/** An Action (16-bit) or Role (32-bit) mask: the low bits of an unsigned number, as Go's cast keeps. */
function asMask(value, expected, bits) {
    return Number(asUint(value, expected) & (bits === 16 ? 0xffffn : 0xffffffffn));
}
/** A Go string: written as str or bin (UTF-8 is decoded as text, bad sequences replaced). */
function asString(value, expected) {
    if (value instanceof Uint8Array)
        return utf8.decode(value);
    if (typeof value !== 'string')
        throw new ShapeError(expected);
    return value;
}
/** A Go []byte: written as bin or str. */
function asBytes(value, expected) {
    if (!(value instanceof Uint8Array))
        throw new ShapeError(expected);
    return value;
}
function asOptionalBytes(value, expected) {
    return value === null ? null : asBytes(value, expected);
}
/** A Go bool: nil reads as false. */
function asBool(value, expected) {
    if (value === null)
        return false;
    if (typeof value !== 'boolean')
        throw new ShapeError(expected);
    return value;
}
/** The entries of a decoded map, keys still tagged. */
function asMapEntries(value, expected) {
    if (value === null ||
        typeof value !== 'object' ||
        Array.isArray(value) ||
        value instanceof Uint8Array ||
        value instanceof Date) {
        throw new ShapeError(expected);
    }
    return Object.entries(value);
}
/** A tagged map key that must be an unsigned integer. */
function uintKey(tagged, expected) {
    if (!/^n\d+$/.test(tagged))
        throw new ShapeError(expected);
    return BigInt(tagged.slice(1));
}
/** A tagged map key that must be a string. */
function stringKey(tagged, expected) {
    if (!tagged.startsWith('s'))
        throw new ShapeError(expected);
    return tagged.slice(1);
}


/***/ }),

/***/ 213:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CC: () => (/* binding */ problem),
/* harmony export */   DC: () => (/* binding */ BASE64_MESSAGES),
/* harmony export */   IW: () => (/* binding */ safeLabel),
/* harmony export */   jl: () => (/* binding */ piecePrefix)
/* harmony export */ });
function problem(code, message, fatal, piece) {
    return piece === undefined ? { code, message, fatal } : { code, piece, message, fatal };
}
/** "piece 2 of 3 is malformed: " for multi-piece headers, nothing for a single token. */
function piecePrefix(index, count) {
    return count > 1 ? `piece ${index + 1} of ${count} is malformed: ` : '';
}
/** A label safe to echo: short and alphanumeric, else only its length. */
function safeLabel(label) {
    return /^[A-Za-z0-9]{1,5}$/.test(label) ? label : `(${label.length} characters)`;
}
const BASE64_MESSAGES = {
    'url-safe': [
        'url-safe-base64',
        'base64 uses the URL-safe alphabet (- and _); Fly expects the standard alphabet (+ and /)'
    ],
    'impossible-length': ['truncated', 'token was cut off (its base64 text is incomplete)'],
    'bad-padding': ['bad-base64', 'base64 padding (=) is malformed'],
    'bad-characters': ['bad-base64', 'contains characters that are not base64']
};


/***/ }),

/***/ 8094:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E7: () => (/* binding */ quotable),
/* harmony export */   EN: () => (/* binding */ createScrub),
/* harmony export */   fz: () => (/* binding */ scrubFragments),
/* harmony export */   gD: () => (/* binding */ scrubTokenForms),
/* harmony export */   lh: () => (/* binding */ SCRUBBED)
/* harmony export */ });
/* unused harmony export REDACTED */
/* harmony import */ var _find_tokens_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3473);
/* harmony import */ var _header_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5316);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6485);
/* harmony import */ var _token_shape_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(148);
// The one scrub every outgoing string passes (annotations, outputs, summary, SARIF, PR comment,
// issue body, CLI output, errors), behind the runner's own masking. It removes every Fly token
// form in the text (find-tokens.ts: labelled, bare body, wrapped, URL-encoded, base64, legacy,
// fo1_), anything still shaped like a labelled token that did not decode, and any 8-character
// run of a secret this run knows (the token input, the tokens found in the repository). Text from
// outside (Fly's error bodies, network errors) is scrubbed harder: see ScrubOptions.outside.




/** What replaces removed text. */
const SCRUBBED = '[redacted]';
/** What replaces a whole string of an inspection that holds part of the inspected token. */
const REDACTED = '[redacted: matches the token text]';
/** Labelled pieces and schemes followed by token text, decodable or not (cut, garbled, fake). */
const TOKEN_SHAPES = [
    /FlyV1[ \t]+[A-Za-z0-9+/=_,%-]{16,}/gi,
    // Wherever the label stands (`%252Cfm2_\u2026` in a URL encoded twice): no word holds one.
    /(?:fm2|fm1r|fm1a)_[A-Za-z0-9+/=_%-]{8,}/g,
    /(?<![A-Za-z0-9])fo1_[A-Za-z0-9_-]{8,}/g
];
/** Cheap test for TOKEN_SHAPES. */
const SHAPE_HINT = /fm2_|fm1[ra]_|fo1_|flyv1/i;
/** The secret characters of a token value: piece bodies without labels and schemes. */
function secretParts(secret) {
    const parts = [];
    for (const line of secret.split(/\r?\n/)) {
        for (const piece of (0,_header_js__WEBPACK_IMPORTED_MODULE_2__/* .parseHeader */ .RW)(line).pieces) {
            const part = piece.body !== '' ? piece.body : piece.text;
            if (part.length >= _limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MIN_FRAGMENT_LENGTH */ .vV)
                parts.push(part);
        }
    }
    return parts;
}
/**
 * Every MIN_FRAGMENT_LENGTH-character window of the secrets' parts, or of the whole secrets
 * (schemes and labels included) when `whole`.
 */
function windowsOf(secrets, whole) {
    const windows = new Set();
    for (const secret of new Set(secrets)) {
        for (const part of whole ? [secret] : secretParts(secret)) {
            for (let i = 0; i + _limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MIN_FRAGMENT_LENGTH */ .vV <= part.length; i++) {
                windows.add(part.slice(i, i + _limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MIN_FRAGMENT_LENGTH */ .vV));
            }
        }
    }
    return windows;
}
/** Where `text` holds one of the windows. */
function windowRanges(text, windows) {
    const ranges = [];
    for (let i = 0; i + _limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MIN_FRAGMENT_LENGTH */ .vV <= text.length; i++) {
        if (windows.has(text.slice(i, i + _limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MIN_FRAGMENT_LENGTH */ .vV)))
            ranges.push([i, i + _limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MIN_FRAGMENT_LENGTH */ .vV]);
    }
    return ranges;
}
/** `text` with the ranges marked in `covered` replaced, one SCRUBBED per run. */
function replaceCovered(text, covered) {
    let out = '';
    let from = 0;
    for (let i = 0; i < text.length; i++) {
        if (covered[i] !== 1)
            continue;
        if (i === 0 || covered[i - 1] !== 1) {
            out += text.slice(from, i) + SCRUBBED;
        }
        from = i + 1;
    }
    return out + text.slice(from);
}
/** Where `text` holds a Fly token form. */
function tokenFormRanges(text) {
    const ranges = [];
    for (const token of (0,_find_tokens_js__WEBPACK_IMPORTED_MODULE_0__/* .findTokens */ .GY)(text, { bodiesAnywhere: true }))
        ranges.push([token.start, token.end]);
    if (SHAPE_HINT.test(text)) {
        for (const shape of TOKEN_SHAPES) {
            for (const match of text.matchAll(shape)) {
                ranges.push([match.index, match.index + match[0].length]);
            }
        }
    }
    for (const range of (0,_find_tokens_js__WEBPACK_IMPORTED_MODULE_0__/* .legacyRuns */ .cR)(text))
        ranges.push(range);
    for (const [start, end] of (0,_find_tokens_js__WEBPACK_IMPORTED_MODULE_0__/* .legacyBase64Runs */ .JR)(text))
        ranges.push([start, end]);
    return ranges;
}
/** What markdown rendering inserts into text: backslash escapes, `<br>` line breaks, and the
 * zero-width space that keeps `@` from mentioning. */
const MARKUP = /\\(?=[\\`*_[\]<>|~&#+\-=.)])|<br>|\u200B/g;
/**
 * `text` as it read before markdown rendering (`fo1\_\u2026` is `fo1_\u2026`, `<br>` a line break), with the
 * offset in `text` of each character; null when nothing was inserted.
 */
function withoutMarkup(text) {
    if (!text.includes('\\') && !text.includes('<br>') && !text.includes('\u200B'))
        return null;
    let view = '';
    const at = [];
    let from = 0;
    const keep = (end) => {
        view += text.slice(from, end);
        for (let i = from; i < end; i++)
            at.push(i);
    };
    for (const match of text.matchAll(MARKUP)) {
        keep(match.index);
        if (match[0] === '<br>') {
            view += '\n';
            at.push(match.index);
        }
        from = match.index + match[0].length;
    }
    if (from === 0)
        return null;
    keep(text.length);
    return { view, at };
}
/**
 * `text` with every range `find` reports replaced, one SCRUBBED per run. Found in the text as it
 * is and as it read before markdown rendering: an escape inside a token does not hide it.
 */
function scrubFound(text, find) {
    if (text.length < _limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MIN_FRAGMENT_LENGTH */ .vV)
        return text;
    let covered = null;
    const cover = (start, end) => {
        covered ??= new Uint8Array(text.length);
        covered.fill(1, start, end);
    };
    for (const [start, end] of find(text))
        cover(start, end);
    const plain = withoutMarkup(text);
    if (plain) {
        for (const [start, end] of find(plain.view)) {
            const last = plain.at[end - 1];
            if (last !== undefined)
                cover(plain.at[start] ?? 0, last + 1);
        }
    }
    return covered === null ? text : replaceCovered(text, covered);
}
/** Every Fly token form in `text` replaced by SCRUBBED. */
function scrubTokenForms(text) {
    return scrubFound(text, tokenFormRanges);
}
/**
 * `text` (a line of the repository) to quote in a message, at most `maxLength` characters (`...`
 * at the cut), with its token forms removed before it is cut: half a token is no longer
 * recognisable as one, so the scrub on the way out would let it through.
 */
function quotable(text, maxLength) {
    const clean = scrubTokenForms(text);
    return clean.length > maxLength ? `${clean.slice(0, Math.max(0, maxLength - 3))}...` : clean;
}
/** Secrets that are not shaped like a token: whatever follows a scheme, credentials in a URL. */
const SECRET_LIKE = [/\b(?:FlyV1|Bearer)\s+\S+/gi, /(?<=\/\/)[^/\s@]+@/g];
function scrubOutsideShapes(text) {
    let clean = text;
    for (const pattern of SECRET_LIKE)
        clean = clean.replace(pattern, SCRUBBED);
    return (0,_token_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .redactTokenShapes */ .dZ)(clean, _token_shape_js__WEBPACK_IMPORTED_MODULE_1__/* .TOKEN_SHAPE */ .y0.outside, SCRUBBED);
}
/**
 * The scrub for one run: every token form, and every 8-character window of the secret parts of
 * `secrets` (token values: schemes and labels are not secret, their bodies are).
 */
function createScrub(secrets = [], options = {}) {
    const outside = options.outside === true;
    const windows = windowsOf(secrets, outside);
    return text => {
        let clean = scrubTokenForms(text);
        if (windows.size > 0)
            clean = scrubFound(clean, t => windowRanges(t, windows));
        return outside ? scrubOutsideShapes(clean) : clean;
    };
}
/** Fields holding fixed vocabulary (kind, problem codes, roles), never token-derived text. */
function isVocabularyField(key) {
    return key === 'kind' || key === 'code' || key === 'role';
}
/** Whether `text` holds any window of the input (the whole input, scheme and labels included). */
function leaks(text, windows) {
    return windowRanges(text, windows).length > 0;
}
function scrubValue(value, windows) {
    if (typeof value === 'string')
        return leaks(value, windows) ? REDACTED : value;
    if (Array.isArray(value)) {
        let out;
        value.forEach((item, i) => {
            const scrubbed = scrubValue(item, windows);
            if (scrubbed !== item)
                (out ??= value.slice())[i] = scrubbed;
        });
        return out ?? value;
    }
    if (value === null || typeof value !== 'object')
        return value;
    const record = value;
    const keys = Object.keys(record);
    let changed = Object.getPrototypeOf(value) !== Object.prototype;
    const fields = keys.map(key => {
        const item = record[key];
        const safeKey = leaks(key, windows) ? REDACTED : key;
        const scrubbed = typeof item === 'string' && isVocabularyField(key) ? item : scrubValue(item, windows);
        changed ||= safeKey !== key || scrubbed !== item;
        return [safeKey, scrubbed];
    });
    if (!changed)
        return value;
    // fromEntries defines own properties, so a key like `__proto__` stays data.
    return Object.fromEntries(fields);
}
/**
 * `value` (an inspection) with every string that holds an 8-character window of `input`
 * replaced whole by REDACTED; copied only where needed. Decoded binary fields rendered as base64
 * (third-party tickets, bindings) can line up with the token's own text: this catches that.
 */
function scrubFragments(value, input) {
    if (input.length < _limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MIN_FRAGMENT_LENGTH */ .vV || input.length > _limits_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_INPUT_BYTES */ .su)
        return value;
    return scrubValue(value, windowsOf([input], true));
}


/***/ }),

/***/ 8140:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ GO_MAX_UNIX_SECONDS),
/* harmony export */   o: () => (/* binding */ isoFromUnix)
/* harmony export */ });
// Unix seconds as Fly's Go code and as people read them.
/**
 * The last Unix second Go's `time.Unix` holds: it adds the 62,135,596,800 seconds from year 1 to
 * 1970 in an int64, so a later second wraps to a time long past (which `ValidityWindow` then
 * finds expired, and before which nothing is "not yet valid").
 */
const GO_MAX_UNIX_SECONDS = 2n ** 63n - 1n - 62135596800n;
const MAX_DATE_SECONDS = 8640000000000n;
/** ISO-8601 UTC without milliseconds; clamped to what a JS Date can hold. */
function isoFromUnix(seconds) {
    const clamped = seconds > MAX_DATE_SECONDS
        ? MAX_DATE_SECONDS
        : seconds < -MAX_DATE_SECONDS
            ? -MAX_DATE_SECONDS
            : seconds;
    return new Date(Number(clamped) * 1000).toISOString().replace('.000Z', 'Z');
}


/***/ }),

/***/ 148:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   NM: () => (/* binding */ looksLikeToken),
/* harmony export */   dZ: () => (/* binding */ redactTokenShapes),
/* harmony export */   y0: () => (/* binding */ TOKEN_SHAPE)
/* harmony export */ });
/* unused harmony export hasTokenMarker */
// Whether text carries Fly token material, judged on shape alone: the guard for text that
// find-tokens.ts cannot vouch for, since a cut, garbled or mistyped token decodes to nothing yet
// must still stay out of commands, messages and inputs. One rule; how long a run of token
// characters must be, and whether it must look random, depends on what the text is (TOKEN_SHAPE).
const TOKEN_SHAPE = {
    /**
     * Text we write into a command, evidence or message (app names, commands, decoder text): any
     * random run as long as a fragment worth hiding.
     */
    fragment: { urlSafeRun: 16, base64Run: 16, random: true },
    /**
     * A value a person configured (action inputs, CLI options), which may be a name, a list, a path
     * or a URL: a legacy token is 43 base64url characters, a macaroon body without label is longer.
     */
    value: { urlSafeRun: 40, base64Run: 80, random: true },
    /**
     * Text from outside (Fly's error bodies, network errors): any long run, random-looking or not,
     * since it may be someone's secret.
     */
    outside: { urlSafeRun: 32, base64Run: 32, random: false }
};
/** A token label or the FlyV1 scheme (also URL-encoded): no name, path or word holds one. */
const MARKER = /(?:fm1[ra]|fm2|fo1)_|flyv1(?:\s|%20|\+)/i;
/** A label with the start of a body. */
const LABELLED = /(?:fm1[ra]|fm2|fo1)_[A-Za-z0-9+/=_-]{4,}/gi;
const BASE64_RUN = /[A-Za-z0-9+/=_-]+/g;
const URL_SAFE_RUN = /[A-Za-z0-9_-]+/g;
/** UUIDs (token identities `<uuid>@tokens.fly.io`, request ids) are hashes, not secrets. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Random text has both cases and a digit or symbol; words, names and paths rarely do. */
function looksRandom(run) {
    return /[a-z]/.test(run) && /[A-Z]/.test(run) && /[0-9+/=]/.test(run);
}
function isTokenRun(run, minLength, shape) {
    return run.length >= minLength && !UUID.test(run) && (!shape.random || looksRandom(run));
}
/** `text` with each token-shaped run replaced by `replace(run)`. */
function replaceRuns(text, shape, replace) {
    return text.replace(BASE64_RUN, run => isTokenRun(run, shape.base64Run, shape)
        ? replace(run)
        : run.replace(URL_SAFE_RUN, part => isTokenRun(part, shape.urlSafeRun, shape) ? replace(part) : part));
}
/** A Fly token's label or scheme: what a GitHub token never contains. */
function hasTokenMarker(value) {
    return MARKER.test(value);
}
function carriesToken(text, shape) {
    // Cutting the token-shaped runs changes the text exactly when there is one.
    return MARKER.test(text) || replaceRuns(text, shape, () => '') !== text;
}
/** Whether `value` (as written, or URL-decoded) could carry token material. */
function looksLikeToken(value, shape) {
    let decoded = value;
    try {
        decoded = decodeURIComponent(value);
    }
    catch {
        // A broken escape: read the text as written.
    }
    return carriesToken(value, shape) || (decoded !== value && carriesToken(decoded, shape));
}
/** `text` with labelled pieces and token-shaped runs replaced by `replacement`. */
function redactTokenShapes(text, shape, replacement = '[redacted]') {
    return replaceRuns(text.replace(LABELLED, replacement), shape, () => replacement);
}


/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/******/ 	// expose the modules object (__webpack_modules__)
/******/ 	__nccwpck_require__.m = __webpack_modules__;
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/asset-relocator-loader */
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/******/ 	/* webpack/runtime/define property getters */
/******/ 	(() => {
/******/ 		// define getter functions for harmony exports
/******/ 		__nccwpck_require__.d = (exports, definition) => {
/******/ 			for(var key in definition) {
/******/ 				if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/ensure chunk */
/******/ 	(() => {
/******/ 		__nccwpck_require__.f = {};
/******/ 		// This file contains only the entry chunk.
/******/ 		// The chunk loading function for additional chunks
/******/ 		__nccwpck_require__.e = (chunkId) => {
/******/ 			return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 				__nccwpck_require__.f[key](chunkId, promises);
/******/ 				return promises;
/******/ 			}, []));
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/get javascript chunk filename */
/******/ 	(() => {
/******/ 		// This function allow to reference async chunks
/******/ 		__nccwpck_require__.u = (chunkId) => {
/******/ 			// return url for filenames based on template
/******/ 			return "" + chunkId + ".index.cjs.js";
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	(() => {
/******/ 		__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/make namespace object */
/******/ 	(() => {
/******/ 		// define __esModule on exports
/******/ 		__nccwpck_require__.r = (exports) => {
/******/ 			if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 				Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 			}
/******/ 			Object.defineProperty(exports, '__esModule', { value: true });
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/require chunk loading */
/******/ 	(() => {
/******/ 		// no baseURI
/******/ 		
/******/ 		// object to store loaded chunks
/******/ 		// "1" means "loaded", otherwise not loaded yet
/******/ 		var installedChunks = {
/******/ 			792: 1
/******/ 		};
/******/ 		
/******/ 		// no on chunks loaded
/******/ 		
/******/ 		var installChunk = (chunk) => {
/******/ 			var moreModules = chunk.modules, chunkIds = chunk.ids, runtime = chunk.runtime;
/******/ 			for(var moduleId in moreModules) {
/******/ 				if(__nccwpck_require__.o(moreModules, moduleId)) {
/******/ 					__nccwpck_require__.m[moduleId] = moreModules[moduleId];
/******/ 				}
/******/ 			}
/******/ 			if(runtime) runtime(__nccwpck_require__);
/******/ 			for(var i = 0; i < chunkIds.length; i++)
/******/ 				installedChunks[chunkIds[i]] = 1;
/******/ 		
/******/ 		};
/******/ 		
/******/ 		// require() chunk loading for javascript
/******/ 		__nccwpck_require__.f.require = (chunkId, promises) => {
/******/ 			// "1" is the signal for "already loaded"
/******/ 			if(!installedChunks[chunkId]) {
/******/ 				if(true) { // all chunks have JS
/******/ 					installChunk(require("./" + __nccwpck_require__.u(chunkId)));
/******/ 				} else installedChunks[chunkId] = 1;
/******/ 			}
/******/ 		};
/******/ 		
/******/ 		// no external install chunk
/******/ 		
/******/ 		// no HMR
/******/ 		
/******/ 		// no HMR manifest
/******/ 	})();
/******/ 	
/************************************************************************/
var __webpack_exports__ = {};
__nccwpck_require__(5518);

module.exports = __webpack_exports__;
/******/ })()
;