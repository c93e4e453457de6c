/******/ (() => { // webpackBootstrap
/******/ 	var __webpack_modules__ = ({

/***/ 42613:
/***/ ((module) => {

"use strict";
module.exports = require("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

"use strict";
module.exports = require("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

"use strict";
module.exports = require("child_process");

/***/ }),

/***/ 76982:
/***/ ((module) => {

"use strict";
module.exports = require("crypto");

/***/ }),

/***/ 24434:
/***/ ((module) => {

"use strict";
module.exports = require("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

"use strict";
module.exports = require("fs");

/***/ }),

/***/ 58611:
/***/ ((module) => {

"use strict";
module.exports = require("http");

/***/ }),

/***/ 65692:
/***/ ((module) => {

"use strict";
module.exports = require("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

"use strict";
module.exports = require("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

"use strict";
module.exports = require("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

"use strict";
module.exports = require("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

"use strict";
module.exports = require("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

"use strict";
module.exports = require("node:child_process");

/***/ }),

/***/ 37540:
/***/ ((module) => {

"use strict";
module.exports = require("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

"use strict";
module.exports = require("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

"use strict";
module.exports = require("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

"use strict";
module.exports = require("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

"use strict";
module.exports = require("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

"use strict";
module.exports = require("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

"use strict";
module.exports = require("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

"use strict";
module.exports = require("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

"use strict";
module.exports = require("node:http2");

/***/ }),

/***/ 77030:
/***/ ((module) => {

"use strict";
module.exports = require("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

"use strict";
module.exports = require("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

"use strict";
module.exports = require("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

"use strict";
module.exports = require("node:perf_hooks");

/***/ }),

/***/ 41792:
/***/ ((module) => {

"use strict";
module.exports = require("node:querystring");

/***/ }),

/***/ 80099:
/***/ ((module) => {

"use strict";
module.exports = require("node:sqlite");

/***/ }),

/***/ 57075:
/***/ ((module) => {

"use strict";
module.exports = require("node:stream");

/***/ }),

/***/ 87997:
/***/ ((module) => {

"use strict";
module.exports = require("node:timers");

/***/ }),

/***/ 41692:
/***/ ((module) => {

"use strict";
module.exports = require("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

"use strict";
module.exports = require("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

"use strict";
module.exports = require("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

"use strict";
module.exports = require("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

"use strict";
module.exports = require("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

"use strict";
module.exports = require("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

"use strict";
module.exports = require("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

"use strict";
module.exports = require("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

"use strict";
module.exports = require("process");

/***/ }),

/***/ 13193:
/***/ ((module) => {

"use strict";
module.exports = require("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

"use strict";
module.exports = require("timers");

/***/ }),

/***/ 64756:
/***/ ((module) => {

"use strict";
module.exports = require("tls");

/***/ }),

/***/ 39023:
/***/ ((module) => {

"use strict";
module.exports = require("util");

/***/ }),

/***/ 91696:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CachedKeyDecoder = void 0;
const utf8_ts_1 = __nccwpck_require__(46922);;
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

/***/ 78251:
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

/***/ 17999:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Decoder = void 0;
const prettyByte_ts_1 = __nccwpck_require__(10489);;
const ExtensionCodec_ts_1 = __nccwpck_require__(7218);;
const int_ts_1 = __nccwpck_require__(80438);;
const utf8_ts_1 = __nccwpck_require__(46922);;
const typedArrays_ts_1 = __nccwpck_require__(78615);;
const CachedKeyDecoder_ts_1 = __nccwpck_require__(91696);;
const DecodeError_ts_1 = __nccwpck_require__(78251);;
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

/***/ 97251:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Encoder = exports.DEFAULT_INITIAL_BUFFER_SIZE = exports.DEFAULT_MAX_DEPTH = void 0;
const utf8_ts_1 = __nccwpck_require__(46922);;
const ExtensionCodec_ts_1 = __nccwpck_require__(7218);;
const int_ts_1 = __nccwpck_require__(80438);;
const typedArrays_ts_1 = __nccwpck_require__(78615);;
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

/***/ 82378:
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
const ExtData_ts_1 = __nccwpck_require__(82378);;
const timestamp_ts_1 = __nccwpck_require__(55595);;
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

/***/ 13951:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.decode = decode;
exports.decodeMulti = decodeMulti;
const Decoder_ts_1 = __nccwpck_require__(17999);;
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
const Decoder_ts_1 = __nccwpck_require__(17999);;
const stream_ts_1 = __nccwpck_require__(76475);;
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

/***/ 93355:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.encode = encode;
const Encoder_ts_1 = __nccwpck_require__(97251);;
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

/***/ 76435:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

"use strict";
var __webpack_unused_export__;

// Main Functions:
__webpack_unused_export__ = ({ value: true });
__webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = exports.XM = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = void 0;
const encode_ts_1 = __nccwpck_require__(93355);;
__webpack_unused_export__ = ({ enumerable: true, get: function () { return encode_ts_1.encode; } });
const decode_ts_1 = __nccwpck_require__(13951);;
__webpack_unused_export__ = ({ enumerable: true, get: function () { return decode_ts_1.decode; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return decode_ts_1.decodeMulti; } });
const decodeAsync_ts_1 = __nccwpck_require__(6021);;
__webpack_unused_export__ = ({ enumerable: true, get: function () { return decodeAsync_ts_1.decodeAsync; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return decodeAsync_ts_1.decodeArrayStream; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return decodeAsync_ts_1.decodeMultiStream; } });
const Decoder_ts_1 = __nccwpck_require__(17999);;
Object.defineProperty(exports, "XM", ({ enumerable: true, get: function () { return Decoder_ts_1.Decoder; } }));
const DecodeError_ts_1 = __nccwpck_require__(78251);;
__webpack_unused_export__ = ({ enumerable: true, get: function () { return DecodeError_ts_1.DecodeError; } });
const Encoder_ts_1 = __nccwpck_require__(97251);;
__webpack_unused_export__ = ({ enumerable: true, get: function () { return Encoder_ts_1.Encoder; } });
// Utilities for Extension Types:
const ExtensionCodec_ts_1 = __nccwpck_require__(7218);;
__webpack_unused_export__ = ({ enumerable: true, get: function () { return ExtensionCodec_ts_1.ExtensionCodec; } });
const ExtData_ts_1 = __nccwpck_require__(82378);;
__webpack_unused_export__ = ({ enumerable: true, get: function () { return ExtData_ts_1.ExtData; } });
const timestamp_ts_1 = __nccwpck_require__(55595);;
__webpack_unused_export__ = ({ enumerable: true, get: function () { return timestamp_ts_1.EXT_TIMESTAMP; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return timestamp_ts_1.encodeDateToTimeSpec; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return timestamp_ts_1.encodeTimeSpecToTimestamp; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return timestamp_ts_1.decodeTimestampToTimeSpec; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return timestamp_ts_1.encodeTimestampExtension; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return timestamp_ts_1.decodeTimestampExtension; } });
//# sourceMappingURL=index.cjs.map

/***/ }),

/***/ 55595:
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
const DecodeError_ts_1 = __nccwpck_require__(78251);;
const int_ts_1 = __nccwpck_require__(80438);;
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

/***/ 80438:
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

/***/ 10489:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.prettyByte = prettyByte;
function prettyByte(byte) {
    return `${byte < 0 ? "-" : ""}0x${Math.abs(byte).toString(16).padStart(2, "0")}`;
}
//# sourceMappingURL=prettyByte.cjs.map

/***/ }),

/***/ 76475:
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

/***/ 78615:
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

/***/ 46922:
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

/***/ 21413:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Em: () => (/* binding */ readMode),
/* harmony export */   LD: () => (/* binding */ readList),
/* harmony export */   Vf: () => (/* binding */ readBoolean),
/* harmony export */   _9: () => (/* binding */ readTokenInput),
/* harmony export */   c3: () => (/* binding */ onlineOptions),
/* harmony export */   di: () => (/* binding */ readCommonInputs),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   kz: () => (/* binding */ readNumber),
/* harmony export */   mc: () => (/* binding */ readFailOn)
/* harmony export */ });
/* unused harmony export readUrl */
/* harmony import */ var _rules_types_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(13042);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(59098);
// Reads and validates the action's inputs: the only place that calls getInput (runner.ts).


class InputError extends Error {
}
const MODES = ['check', 'health', 'scan', 'attenuate'];
function readMode() {
    const mode = (_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('mode') || 'check').trim().toLowerCase();
    if (!MODES.includes(mode)) {
        throw new InputError(`Input 'mode' must be one of ${MODES.join(', ')}; got '${mode}'.`);
    }
    return mode;
}
function readFailOn() {
    const value = (_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('fail-on') || 'high').trim().toLowerCase();
    if (value === 'never' || value === 'none')
        return 'never';
    if (!_rules_types_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC.includes(value)) {
        throw new InputError(`Input 'fail-on' must be one of ${_rules_types_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC.join(', ')} or never; got '${value}'.`);
    }
    return value;
}
function readBoolean(name, fallback) {
    const value = _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name).trim().toLowerCase();
    if (value === '')
        return fallback;
    if (['true', 'yes', '1', 'on'].includes(value))
        return true;
    if (['false', 'no', '0', 'off'].includes(value))
        return false;
    throw new InputError(`Input '${name}' must be true or false; got '${value}'.`);
}
function readNumber(name, fallback, min, max) {
    const raw = _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name).trim();
    if (raw === '')
        return fallback;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < min || value > max) {
        throw new InputError(`Input '${name}' must be a number from ${min} to ${max}; got '${raw}'.`);
    }
    return value;
}
/** Comma- or newline-separated list, trimmed, without empties. */
function readList(name) {
    return _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name)
        .split(/[,\n]/)
        .map(s => s.trim())
        .filter(s => s.length > 0);
}
function readUrl(name, fallback) {
    const raw = _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name).trim() || fallback;
    try {
        const url = new URL(raw);
        if (url.protocol !== 'https:' && url.protocol !== 'http:')
            throw new Error('protocol');
    }
    catch {
        throw new InputError(`Input '${name}' must be an http(s) URL; got '${raw}'.`);
    }
    return raw.replace(/\/+$/, '');
}
function readCommonInputs() {
    return {
        mode: readMode(),
        failOn: readFailOn(),
        online: readBoolean('online', true),
        expiryWarningDays: readNumber('expiry-warning-days', 14, 0, 3650),
        maxLifetimeDays: readNumber('max-lifetime-days', 365, 1, 100000),
        flyApiUrl: readUrl('fly-api-url', 'https://api.machines.dev'),
        flyGraphqlUrl: readUrl('fly-graphql-url', 'https://api.fly.io/graphql'),
        timeoutMs: readNumber('timeout-seconds', 30, 1, 600) * 1000,
        githubToken: _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('github-token')
    };
}
/** The token: the `token` input, else FLY_ACCESS_TOKEN, else FLY_API_TOKEN (flyctl's order). */
function readTokenInput() {
    const input = _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('token', { trimWhitespace: false });
    if (input.trim() !== '')
        return { value: input, source: 'token input' };
    for (const name of ['FLY_ACCESS_TOKEN', 'FLY_API_TOKEN']) {
        const value = process.env[name];
        if (value !== undefined && value.trim() !== '')
            return { value, source: name };
    }
    return { value: '', source: 'none' };
}
/** The Fly client options for the online checks, or nothing when `online: false`. */
function onlineOptions(inputs) {
    if (!inputs.online)
        return {};
    const { flyApiUrl, flyGraphqlUrl, timeoutMs } = inputs;
    return { online: { flyApiUrl, flyGraphqlUrl, timeoutMs } };
}


/***/ }),

/***/ 59098:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  fe: () => (/* binding */ appendSummary),
  z3: () => (/* binding */ error),
  dN: () => (/* binding */ exportVariable),
  V4: () => (/* binding */ getInput),
  pq: () => (/* binding */ info),
  lm: () => (/* binding */ notice),
  C1: () => (/* binding */ setFailed),
  uH: () => (/* binding */ setOutput),
  Pq: () => (/* binding */ setSecret),
  $e: () => (/* binding */ warning)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
;// CONCATENATED MODULE: ./lib/action/random-uuid.js
// A random (v4) UUID for the runner's file-command delimiters, read from /dev/urandom where it
// exists. Loading node:crypto costs ~2 ms of a guard step's start-up, more than this whole file
// command; Windows runners (no /dev/urandom) use Web Crypto, which is just as random.

function urandom(count) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)('/dev/urandom', 'r');
        const bytes = new Uint8Array(count);
        return (0,external_node_fs_.readSync)(fd, bytes, 0, count, null) === count ? bytes : undefined;
    }
    catch {
        return undefined;
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
    }
}
/** Formats 16 random bytes as an RFC 9562 version 4 UUID. */
function uuidFromBytes(bytes) {
    const b = Uint8Array.from(bytes.subarray(0, 16));
    b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
    b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
    const hex = Array.from(b, x => x.toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
function randomUuid() {
    const bytes = urandom(16);
    return bytes ? uuidFromBytes(bytes) : globalThis.crypto.randomUUID();
}

;// CONCATENATED MODULE: ./lib/action/runner.js
// The runner's command protocol: the part of @actions/core the action's start-up path uses, with the
// same bytes on the wire (a differential test holds it to @actions/core). Importing @actions/core
// costs more than the whole token check: it loads its OIDC HTTP client, and with it a second copy
// of undici, tunnel and @actions/exec, which a guard step never uses.
// Synchronous file calls throughout: node:fs/promises costs ~1 ms to load at start-up, and a
// summary append is one small write either way.



function commandValue(input) {
    if (input === null || input === undefined)
        return '';
    if (typeof input === 'string' || input instanceof String)
        return String(input);
    return JSON.stringify(input);
}
function escapeData(value) {
    return commandValue(value).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(value) {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
function issueCommand(command, properties, message) {
    let text = `::${command}`;
    const present = Object.entries(properties).filter(([, value]) => Boolean(value));
    if (Object.keys(properties).length > 0) {
        text += ` ${present.map(([key, value]) => `${key}=${escapeProperty(value)}`).join(',')}`;
    }
    process.stdout.write(`${text}::${escapeData(message)}${external_node_os_.EOL}`);
}
function annotationCommandProperties(properties) {
    if (Object.keys(properties).length === 0)
        return {};
    return {
        title: properties.title,
        file: properties.file,
        line: properties.startLine,
        endLine: properties.endLine,
        col: properties.startColumn,
        endColumn: properties.endColumn
    };
}
function issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!(0,external_node_fs_.existsSync)(filePath))
        throw new Error(`Missing file at path: ${filePath}`);
    (0,external_node_fs_.appendFileSync)(filePath, `${message}${external_node_os_.EOL}`, { encoding: 'utf8' });
}
function keyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${randomUuid()}`;
    const converted = commandValue(value);
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (converted.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_node_os_.EOL}${converted}${external_node_os_.EOL}${delimiter}`;
}
function getInput(name, options) {
    const value = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options?.required && !value)
        throw new Error(`Input required and not supplied: ${name}`);
    return options?.trimWhitespace === false ? value : value.trim();
}
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
function setOutput(name, value) {
    if (process.env.GITHUB_OUTPUT) {
        issueFileCommand('OUTPUT', keyValueMessage(name, value));
        return;
    }
    process.stdout.write(external_node_os_.EOL);
    issueCommand('set-output', { name }, commandValue(value));
}
/** Exports a variable to this process and to later steps of the job (GITHUB_ENV). */
function exportVariable(name, value) {
    const converted = commandValue(value);
    process.env[name] = converted;
    if (process.env.GITHUB_ENV) {
        issueFileCommand('ENV', keyValueMessage(name, value));
        return;
    }
    issueCommand('set-env', { name }, converted);
}
function info(message) {
    process.stdout.write(message + external_node_os_.EOL);
}
function error(message, properties = {}) {
    issueCommand('error', annotationCommandProperties(properties), String(message));
}
function warning(message, properties = {}) {
    issueCommand('warning', annotationCommandProperties(properties), String(message));
}
function notice(message, properties = {}) {
    issueCommand('notice', annotationCommandProperties(properties), String(message));
}
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
/** Appends to the job summary (GITHUB_STEP_SUMMARY), as `core.summary.addRaw(text).write()`. */
async function appendSummary(text) {
    const filePath = process.env.GITHUB_STEP_SUMMARY;
    if (!filePath) {
        throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
    }
    try {
        (0,external_node_fs_.accessSync)(filePath, external_node_fs_.constants.R_OK | external_node_fs_.constants.W_OK);
    }
    catch {
        throw new Error(`Unable to access summary file: '${filePath}'. Check if the file has correct read/write permissions.`);
    }
    (0,external_node_fs_.appendFileSync)(filePath, text, { encoding: 'utf8' });
}


/***/ }),

/***/ 87511:
/***/ ((__unused_webpack___webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

"use strict";

// EXTERNAL MODULE: ./lib/token/index.js + 34 modules
var token = __nccwpck_require__(71797);
// EXTERNAL MODULE: ./lib/workflow/inputs.js
var inputs = __nccwpck_require__(60544);
// EXTERNAL MODULE: ./lib/action/inputs.js
var action_inputs = __nccwpck_require__(21413);
// EXTERNAL MODULE: ./lib/report/order.js
var order = __nccwpck_require__(45930);
;// CONCATENATED MODULE: ./lib/report/annotations.js

const ANNOTATION_LEVELS = (/* unused pure expression or super */ null && (['error', 'warning', 'notice']));
/** GitHub's per-step, per-level display limit. */
const MAX_ANNOTATIONS_PER_LEVEL = 10;
const LEVEL = {
    critical: 'error',
    high: 'error',
    medium: 'warning',
    low: 'warning',
    info: 'notice'
};
function annotationLevel(severity) {
    return LEVEL[severity];
}
function planAnnotations(findings, maxPerLevel = MAX_ANNOTATIONS_PER_LEVEL) {
    const used = { error: 0, warning: 0, notice: 0 };
    const notAnnotated = { error: 0, warning: 0, notice: 0 };
    const annotations = [];
    for (const finding of (0,order/* sortFindings */.T)(findings)) {
        const level = LEVEL[finding.severity];
        if (used[level] >= maxPerLevel) {
            notAnnotated[level] += 1;
            continue;
        }
        used[level] += 1;
        annotations.push({
            level,
            message: annotationMessage(finding),
            properties: properties(finding)
        });
    }
    return { annotations, notAnnotated };
}
function annotationMessage(finding) {
    const lines = [finding.message];
    if (finding.fix !== undefined) {
        lines.push(`Fix: ${finding.fix.summary}`, ...finding.fix.commands.map(c => `  ${c}`));
    }
    return lines.join('\n');
}
function properties(finding) {
    const subject = finding.subject === undefined ? '' : ` (${finding.subject})`;
    const props = {
        title: `fly-token-guard: ${finding.rule}${subject} [${finding.severity}]`
    };
    const location = finding.location;
    if (location === undefined)
        return props;
    props.file = location.file;
    props.startLine = location.line;
    const endLine = location.endLine ?? location.line;
    props.endLine = endLine;
    // GitHub ignores columns on multi-line annotations; only send them when they mean something.
    if (endLine === location.line) {
        props.startColumn = location.column;
        if (location.endColumn !== undefined && location.endColumn >= location.column) {
            props.endColumn = location.endColumn;
        }
    }
    return props;
}

// EXTERNAL MODULE: ./lib/action/runner.js + 1 modules
var runner = __nccwpck_require__(59098);
;// CONCATENATED MODULE: ./lib/action/publish.js


const ANNOTATE = {
    error: runner/* error */.z3,
    warning: runner/* warning */.$e,
    notice: runner/* notice */.lm
};
class Publisher {
    redact;
    constructor(redact) {
        this.redact = redact;
    }
    outputs(values) {
        for (const [name, value] of Object.entries(values))
            runner/* setOutput */.uH(name, this.redact(value));
    }
    /** Annotates the worst findings (GitHub shows 10 per level); returns how many were left out. */
    annotate(findings) {
        const plan = planAnnotations(findings);
        for (const { level, message, properties } of plan.annotations) {
            const props = {
                ...properties,
                title: this.redact(properties.title)
            };
            ANNOTATE[level](this.redact(message), props);
        }
        return plan.notAnnotated.error + plan.notAnnotated.warning + plan.notAnnotated.notice;
    }
    async summary(markdown) {
        if (!process.env.GITHUB_STEP_SUMMARY)
            return;
        await runner/* appendSummary */.fe(this.redact(markdown));
    }
    info(message) {
        runner/* info */.pq(this.redact(message));
    }
    warning(message) {
        runner/* warning */.$e(this.redact(message));
    }
    fail(message) {
        runner/* setFailed */.C1(this.redact(message));
    }
}

;// CONCATENATED MODULE: ./lib/action/redact.js
// Defence in depth: masking is the runner's job, but nothing we write should need it.
// Every string leaving the action passes through a Redactor built from the token's fragments.
const REDACTED = '[redacted]';
function createRedactor(fragments) {
    // Longest first, so a piece never leaves the tail of a longer form behind.
    const sorted = [...new Set(fragments)]
        .filter(f => f.length >= 8)
        .sort((a, b) => b.length - a.length);
    if (sorted.length === 0)
        return text => text;
    return text => {
        let out = text;
        for (const fragment of sorted) {
            if (out.includes(fragment))
                out = out.split(fragment).join(REDACTED);
        }
        return out;
    };
}

;// CONCATENATED MODULE: ./lib/action/main.js
// The action: mask the token first, then run the chosen mode. Any failure becomes one clear,
// redacted message; no stack trace reaches the log.

// From inputs.js, not the room's index: the index would load the workflow parser at startup.





// Modes load lazily: a check never pays for the GitHub client or the workflow scanner.
const MODES = {
    check: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(943), __nccwpck_require__.e(485)]).then(__nccwpck_require__.bind(__nccwpck_require__, 42485))).runCheckMode,
    scan: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(264), __nccwpck_require__.e(811), __nccwpck_require__.e(943), __nccwpck_require__.e(209), __nccwpck_require__.e(237)]).then(__nccwpck_require__.bind(__nccwpck_require__, 45237))).runScanMode,
    health: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(943), __nccwpck_require__.e(783)]).then(__nccwpck_require__.bind(__nccwpck_require__, 65783))).runHealthMode,
    attenuate: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(752), __nccwpck_require__.e(421), __nccwpck_require__.e(178)]).then(__nccwpck_require__.bind(__nccwpck_require__, 45178))).runAttenuateMode
};
/** Masks every form of every token this run can see, before anything else is logged. */
function maskTokens(values) {
    const fragments = values.flatMap(value => (value.trim() === '' ? [] : (0,token/* tokenFragments */.pV)(value)));
    for (const fragment of fragments)
        runner/* setSecret */.Pq(fragment);
    return fragments;
}
async function run() {
    const token = (0,action_inputs/* readTokenInput */._9)();
    let redact = createRedactor(maskTokens([token.value]));
    try {
        const mode = (0,action_inputs/* readMode */.Em)();
        if (mode === 'health')
            redact = createRedactor(maskTokens([token.value, ...healthTokenValues()]));
        const publisher = new Publisher(redact);
        const handler = await MODES[mode]();
        await handler({ token, publisher, redact });
    }
    catch (error) {
        const message = error instanceof action_inputs/* InputError */.dz || error instanceof inputs/* NeedsInputError */.ae
            ? error.message
            : describeUnexpected(error);
        runner/* setFailed */.C1(redact(message));
    }
}
function healthTokenValues() {
    return runner/* getInput */.V4('tokens')
        .split(/[,\n]/)
        .map(name => process.env[name.trim()] ?? '')
        .filter(value => value.trim() !== '');
}
function describeUnexpected(error) {
    const detail = error instanceof Error ? error.message : String(error);
    return `fly-token-guard stopped on an unexpected error: ${detail}. Please report it with this message.`;
}

;// CONCATENATED MODULE: ./lib/index.js
// Action entry point: everything lives in action/main so tests can import it without running it.
// No top-level await: the bundle is CommonJS (scripts/package.mjs says why).

void run();


/***/ }),

/***/ 45930:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ sortFindings)
/* harmony export */ });
/* unused harmony export compareFindings */
/* harmony import */ var _rules_types_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(13042);

/** Severity (worst first), then file, line, column; findings without a location after located ones. */
function compareFindings(a, b) {
    const bySeverity = (0,_rules_types_js__WEBPACK_IMPORTED_MODULE_0__/* .severityRank */ .qs)(b.severity) - (0,_rules_types_js__WEBPACK_IMPORTED_MODULE_0__/* .severityRank */ .qs)(a.severity);
    if (bySeverity !== 0)
        return bySeverity;
    const la = a.location;
    const lb = b.location;
    if (la === undefined || lb === undefined) {
        return (la === undefined ? 1 : 0) - (lb === undefined ? 1 : 0);
    }
    if (la.file !== lb.file)
        return la.file < lb.file ? -1 : 1;
    return la.line - lb.line || la.column - lb.column;
}
/** A sorted copy; ties keep their input order (Array.prototype.sort is stable). */
function sortFindings(findings) {
    return [...findings].sort(compareFindings);
}


/***/ }),

/***/ 13042:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Xb: () => (/* binding */ verdictFor),
/* harmony export */   fs: () => (/* binding */ docsUrl),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   qs: () => (/* binding */ severityRank)
/* harmony export */ });
const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'];
/** Higher is worse: critical 4 ... info 0. */
function severityRank(severity) {
    return SEVERITIES.length - 1 - SEVERITIES.indexOf(severity);
}
/** fail when any finding reaches `failOn`; warn when any finding is above info; else pass. */
function verdictFor(findings, failOn) {
    if (failOn !== 'never' && findings.some(f => severityRank(f.severity) >= severityRank(failOn))) {
        return 'fail';
    }
    return findings.some(f => f.severity !== 'info') ? 'warn' : 'pass';
}
function docsUrl(ruleId) {
    return `https://github.com/fly-token-guard/fly-token-guard/blob/main/docs/rules/${ruleId}.md`;
}


/***/ }),

/***/ 67355:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Xg: () => (/* binding */ deny),
/* harmony export */   aH: () => (/* binding */ accessShapeError),
/* harmony export */   cB: () => (/* binding */ unspecified),
/* harmony export */   cg: () => (/* binding */ ALLOW),
/* harmony export */   rS: () => (/* binding */ LITEFS_FEATURE)
/* harmony export */ });
// The access being checked (flyio.Access, normalised) and what a caveat says about it.
const ALLOW = { ok: true };
function deny(reason) {
    return { ok: false, unspecified: false, reason };
}
function unspecified(resource) {
    return { ok: false, unspecified: true, reason: `must specify ${resource}` };
}
const LITEFS_FEATURE = 'litefs-cloud';
/**
 * flyio.Access.Validate: an access names one thing on one parent (an org; at most one of app,
 * feature, storage object; app-owned things need the app; commands need a machine). Null when fine.
 */
function accessShapeError(a) {
    if (a.orgId === undefined)
        return 'the access must name an organization';
    // Counted field by field rather than with arrays: this runs once per probed mask.
    const orgLevel = (a.appId !== undefined ? 1 : 0) +
        (a.feature !== undefined ? 1 : 0) +
        (a.storageObject !== undefined ? 1 : 0);
    if (orgLevel > 1)
        return 'app, feature and storage object are mutually exclusive';
    const appLevel = (a.machine !== undefined ? 1 : 0) +
        (a.volume !== undefined ? 1 : 0) +
        (a.appFeature !== undefined ? 1 : 0);
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
    const machineLevel = (a.command !== undefined ? 1 : 0) + (a.machineFeature !== undefined ? 1 : 0);
    if (machineLevel > 0 && a.machine === undefined)
        return 'a command or machine feature needs the machine';
    if (machineLevel > 1)
        return 'command and machine feature are mutually exclusive';
    return null;
}


/***/ }),

/***/ 20598:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   IP: () => (/* binding */ ACTION_BITS),
/* harmony export */   SG: () => (/* binding */ ACTION_READ),
/* harmony export */   Yy: () => (/* binding */ isSubsetOf),
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
/** The letters of every 5-bit mask, made once: describing and refusing ask for them often. */
const LETTERS_OF_MASK = Array.from({ length: 32 }, (_, mask) => {
    let out = '';
    for (let i = 0; i < LETTERS.length; i++)
        if (mask & (1 << i))
            out += LETTERS[i];
    return out;
});
/** Letters for a mask (bits above C are not actions and are dropped, as the library does). */
function actionLetters(mask) {
    return LETTERS_OF_MASK[mask & 31] ?? '';
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

/***/ 58367:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ah: () => (/* binding */ UNSPECIFIED),
/* harmony export */   Dp: () => (/* binding */ allCaveats),
/* harmony export */   Pb: () => (/* binding */ judgeOf),
/* harmony export */   WK: () => (/* binding */ BaseCaveat),
/* harmony export */   Xn: () => (/* binding */ judgeBitsOf),
/* harmony export */   cD: () => (/* binding */ judgeEachBit),
/* harmony export */   ln: () => (/* binding */ REFUSED),
/* harmony export */   p3: () => (/* binding */ ALLOWED)
/* harmony export */ });
/* unused harmony export judgementOf */
const ALLOWED = 0;
const UNSPECIFIED = 1;
const REFUSED = 2;
/** The judgement a verdict stands for. */
function judgementOf(verdict) {
    return verdict.ok ? ALLOWED : verdict.unspecified ? UNSPECIFIED : REFUSED;
}
/** `caveat.prohibits(access)` as a judgement, by the caveat's message-free path when it has one. */
function judgeOf(caveat, access) {
    return caveat.judge ? caveat.judge(access) : judgementOf(caveat.prohibits(access));
}
/** The nested caveats of a plain caveat: one shared empty list, not an array per call. */
const NO_CAVEATS = Object.freeze([]);
/**
 * The bits among `candidates` (single-action bits from `bits`) the caveat allows, each judged
 * on its own as judgeOf would. `access.action` is overwritten.
 */
function judgeBitsOf(caveat, access, bits, candidates) {
    return caveat.judgeBits
        ? caveat.judgeBits(access, bits, candidates)
        : judgeEachBit(caveat, access, bits, candidates);
}
/** judgeBitsOf the slow way: judgeOf once per candidate bit (for caveats without judgeBits). */
function judgeEachBit(caveat, access, bits, candidates) {
    let allowed = candidates;
    for (const bit of bits) {
        if ((allowed & bit) === 0)
            continue;
        access.action = bit;
        if (judgeOf(caveat, access) !== ALLOWED)
            allowed &= ~bit;
    }
    return allowed;
}
/** Defaults shared by the plain (non-wrapper, non-attestation) caveats. */
class BaseCaveat {
    // Getters, not fields: constant flags on the prototype cost nothing per caveat, while field
    // initializers (define semantics, on every subclass shape) were a visible share of decoding.
    get isAttestation() {
        return false;
    }
    get verificationOnly() {
        return false;
    }
    constructor(raw) {
        this.source = raw;
    }
    /** The body's bytes; a decoded caveat makes their view only when asked (few ever are). */
    get raw() {
        const source = this.source;
        return source instanceof Uint8Array ? source : source.raw;
    }
    judge(access) {
        return judgementOf(this.prohibits(access));
    }
    nested() {
        return NO_CAVEATS;
    }
}
/** Every caveat anywhere inside `caveats`, IfPresent contents included (GetCaveats). */
function allCaveats(caveats) {
    // Breadth first: the list itself is the queue.
    const out = caveats.slice();
    for (let i = 0; i < out.length; i++) {
        for (const inner of out[i].nested())
            out.push(inner);
    }
    return out;
}


/***/ }),

/***/ 98276:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ OrganizationCaveat),
/* harmony export */   h: () => (/* binding */ organizationDefinition)
/* harmony export */ });
/* harmony import */ var _actions_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(20598);
/* harmony import */ var _access_model_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(67355);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(92823);
/* harmony import */ var _msgpack_values_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(88941);
/* harmony import */ var _caveat_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(58367);
// Type 0, Organization: `[orgId, mask]`. The access must name this org and stay within the mask.





class OrganizationCaveat extends _caveat_js__WEBPACK_IMPORTED_MODULE_3__/* .BaseCaveat */ .WK {
    id;
    mask;
    type = 0n;
    name = 'Organization';
    constructor(raw, id, mask) {
        super(raw);
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
        if (!(0,_actions_js__WEBPACK_IMPORTED_MODULE_0__/* .isSubsetOf */ .Yy)(a.action, this.mask)) {
            const missing = (0,_actions_js__WEBPACK_IMPORTED_MODULE_0__/* .actionLetters */ .oF)((0,_actions_js__WEBPACK_IMPORTED_MODULE_0__/* .missingBits */ .zy)(a.action, this.mask));
            return (0,_access_model_js__WEBPACK_IMPORTED_MODULE_1__/* .deny */ .Xg)(`unauthorized for access ${(0,_actions_js__WEBPACK_IMPORTED_MODULE_0__/* .actionLetters */ .oF)(a.action)} (${missing} not allowed)`);
        }
        return _access_model_js__WEBPACK_IMPORTED_MODULE_1__/* .ALLOW */ .cg;
    }
    /** The action is only checked against the mask: the allowed bits are the mask's. */
    judgeBits(a, _bits, candidates) {
        if (a.orgId === undefined)
            return 0;
        if (this.id !== 0n && this.id !== a.orgId)
            return 0;
        return candidates & this.mask;
    }
    /** Unspecified exactly when the access names no org, whatever the action. */
    specifiedBits(a, candidates) {
        return a.orgId === undefined ? 0 : candidates;
    }
    /** prohibits, without the refusal messages. */
    judge(a) {
        if (a.orgId === undefined)
            return _caveat_js__WEBPACK_IMPORTED_MODULE_3__/* .UNSPECIFIED */ .Ah;
        if (this.id !== 0n && this.id !== a.orgId)
            return _caveat_js__WEBPACK_IMPORTED_MODULE_3__/* .REFUSED */ .ln;
        return (0,_actions_js__WEBPACK_IMPORTED_MODULE_0__/* .isSubsetOf */ .Yy)(a.action, this.mask) ? _caveat_js__WEBPACK_IMPORTED_MODULE_3__/* .ALLOWED */ .p3 : _caveat_js__WEBPACK_IMPORTED_MODULE_3__/* .REFUSED */ .ln;
    }
}
const organizationDefinition = {
    type: 0n,
    name: 'Organization',
    decode(body) {
        const [id, mask] = (0,_msgpack_values_js__WEBPACK_IMPORTED_MODULE_2__/* .asArray */ ._j)(body.value(), '[orgId, mask]', 2);
        return new OrganizationCaveat(body, (0,_msgpack_values_js__WEBPACK_IMPORTED_MODULE_2__/* .asUint */ .ZC)(id, 'an org id'), (0,_msgpack_values_js__WEBPACK_IMPORTED_MODULE_2__/* .asMask */ .zN)(mask, 'an action mask', 16));
    }
};


/***/ }),

/***/ 78902:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ ValidityWindowCaveat),
/* harmony export */   M: () => (/* binding */ validityWindowDefinition)
/* harmony export */ });
/* harmony import */ var _access_model_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(67355);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(92823);
/* harmony import */ var _msgpack_values_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(88941);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(98140);
/* harmony import */ var _caveat_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(58367);
// Type 4, ValidityWindow: `[notBefore, notAfter]` Unix seconds. Checked only when the access
// carries a clock: the access summary is clock-free and reports expiry separately.





class ValidityWindowCaveat extends _caveat_js__WEBPACK_IMPORTED_MODULE_2__/* .BaseCaveat */ .WK {
    notBefore;
    notAfter;
    type = 4n;
    name = 'ValidityWindow';
    constructor(raw, notBefore, notAfter) {
        super(raw);
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
        if (now > this.notAfter)
            return (0,_access_model_js__WEBPACK_IMPORTED_MODULE_0__/* .deny */ .Xg)(`token only valid until ${(0,_time_js__WEBPACK_IMPORTED_MODULE_4__/* .isoFromUnix */ .o)(this.notAfter)}`);
        if (now < this.notBefore)
            return (0,_access_model_js__WEBPACK_IMPORTED_MODULE_0__/* .deny */ .Xg)(`token not valid until ${(0,_time_js__WEBPACK_IMPORTED_MODULE_4__/* .isoFromUnix */ .o)(this.notBefore)}`);
        return _access_model_js__WEBPACK_IMPORTED_MODULE_0__/* .ALLOW */ .cg;
    }
    /** The window does not look at the action: every bit or none. */
    judgeBits(a, _bits, candidates) {
        if (a.now === undefined)
            return candidates;
        return this.prohibits(a).ok ? candidates : 0;
    }
}
const validityWindowDefinition = {
    type: 4n,
    name: 'ValidityWindow',
    decode(body) {
        const [notBefore, notAfter] = (0,_msgpack_values_js__WEBPACK_IMPORTED_MODULE_1__/* .asArray */ ._j)(body.value(), '[notBefore, notAfter]', 2);
        return new ValidityWindowCaveat(body, (0,_msgpack_values_js__WEBPACK_IMPORTED_MODULE_1__/* .asInt */ .Ae)(notBefore, 'a Unix time'), (0,_msgpack_values_js__WEBPACK_IMPORTED_MODULE_1__/* .asInt */ .Ae)(notAfter, 'a Unix time'));
    }
};


/***/ }),

/***/ 71797:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Mh: () => (/* reexport */ PERMISSION_LOCATION),
  oF: () => (/* reexport */ actions/* actionLetters */.oF),
  vQ: () => (/* reexport */ actions/* actionMask */.vQ),
  bu: () => (/* reexport */ bundleAllows),
  oL: () => (/* reexport */ decodeToken),
  e4: () => (/* reexport */ inspectToken),
  RW: () => (/* reexport */ parseHeader),
  pV: () => (/* reexport */ tokenFragments)
});

// UNUSED EXPORTS: KNOWN_THIRD_PARTY_LOCATIONS, MAX_INPUT_BYTES, allows, authScheme, caveatDefinition, checkAccess, checkCaveats, classify, decodeCaveatSet, grantCaveats, grantKind, inspectDecoded, normalizeAccess, normalizeHeader, profileGrant, registeredCaveatTypes, scrubFragments

// EXTERNAL MODULE: ./lib/token/actions.js
var actions = __nccwpck_require__(20598);
// EXTERNAL MODULE: ./lib/token/access-model.js
var access_model = __nccwpck_require__(67355);
// EXTERNAL MODULE: ./lib/token/caveats/caveat.js
var caveats_caveat = __nccwpck_require__(58367);
// EXTERNAL MODULE: ./lib/token/json.js
var json = __nccwpck_require__(92823);
// EXTERNAL MODULE: ./lib/token/msgpack-values.js + 1 modules
var msgpack_values = __nccwpck_require__(88941);
;// CONCATENATED MODULE: ./lib/token/caveats/third-party.js
// Type 11, 3P: `[location, verifierKey, ticket]`, a demand for a discharge from a third party.
// Type 12, BindToParentToken: the discharge's binding to its permission token.
// Both belong to signature verification, not access validation (Fly strips them before Validate),
// so they only refuse an access when misplaced inside an IfPresent.




class ThirdPartyCaveat extends caveats_caveat/* BaseCaveat */.WK {
    location;
    verifierKey;
    ticket;
    type = 11n;
    name = '3P';
    get verificationOnly() {
        return true;
    }
    constructor(raw, location, verifierKey, ticket) {
        super(raw);
        this.location = location;
        this.verifierKey = verifierKey;
        this.ticket = ticket;
    }
    describe() {
        return {
            Location: this.location,
            VerifierKey: (0,json/* jsonBytes */.yN)(this.verifierKey),
            Ticket: (0,json/* jsonBytes */.yN)(this.ticket)
        };
    }
    prohibits() {
        return (0,access_model/* deny */.Xg)('bad caveat (3rd party caveat)');
    }
}
class BindToParentTokenCaveat extends caveats_caveat/* BaseCaveat */.WK {
    binding;
    type = 12n;
    name = 'BindToParentToken';
    get verificationOnly() {
        return true;
    }
    constructor(raw, binding) {
        super(raw);
        this.binding = binding;
    }
    describe() {
        return (0,json/* jsonBytes */.yN)(this.binding);
    }
    prohibits() {
        return (0,access_model/* deny */.Xg)('bad caveat (bind-to-parent)');
    }
}
const thirdPartyDefinition = {
    type: 11n,
    name: '3P',
    decode(body) {
        const [location, verifierKey, ticket] = (0,msgpack_values/* asArray */._j)(body.value(), '[location, verifierKey, ticket]', 3);
        return new ThirdPartyCaveat(body, (0,msgpack_values/* asString */.oJ)(location, 'a location'), (0,msgpack_values/* asOptionalBytes */.gJ)(verifierKey, 'verifier key bytes'), (0,msgpack_values/* asOptionalBytes */.gJ)(ticket, 'ticket bytes'));
    }
};
const bindToParentTokenDefinition = {
    type: 12n,
    name: 'BindToParentToken',
    decode: body => new BindToParentTokenCaveat(body, (0,msgpack_values/* asOptionalBytes */.gJ)(body.value(), 'binding bytes'))
};

// EXTERNAL MODULE: ./lib/token/caveats/validity-window.js
var validity_window = __nccwpck_require__(78902);
;// CONCATENATED MODULE: ./lib/token/caveat-index.js
// A macaroon's caveats sorted once by what the analyses ask for: every caveat (IfPresent contents
// included), its 3P tickets and its validity windows. Roles, pairing, expiry and the access
// summary each walked the whole tree again, with a filter per question.



/**
 * The slot holding a macaroon's index: a symbol property, which JSON, Object.keys and for-in
 * never list. Finding it costs nothing, where a WeakMap lookup was a visible share of classifying
 * a token; a plain assignment cost a third of making it non-enumerable with defineProperty.
 */
const INDEX = Symbol('caveat index');
/** Macaroons that cannot take the slot (a frozen object from a caller). */
const fallback = new WeakMap();
function buildIndex(m) {
    const all = (0,caveats_caveat/* allCaveats */.Dp)(m.caveats);
    const tickets = [];
    const windows = [];
    for (const c of all) {
        if (c instanceof ThirdPartyCaveat)
            tickets.push(c);
        else if (c instanceof validity_window/* ValidityWindowCaveat */.J)
            windows.push(c);
    }
    return { all, tickets, windows, named: undefined };
}
/** The index of `m`, built on first use. Callers must not change it (nor `m.caveats` after). */
function caveatIndex(m) {
    const holder = m;
    const kept = holder[INDEX] ?? fallback.get(m);
    if (kept)
        return kept;
    const index = buildIndex(m);
    if (Object.isExtensible(holder))
        holder[INDEX] = index;
    else
        fallback.set(m, index);
    return index;
}

;// CONCATENATED MODULE: ./lib/token/caveats/commands.js
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
class CommandsCaveat extends caveats_caveat/* BaseCaveat */.WK {
    commands;
    type = 27n;
    name = 'Commands';
    constructor(raw, commands) {
        super(raw);
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
            return (0,access_model/* unspecified */.cB)('a command');
        const command = a.command;
        if (!this.commands.some(rule => ruleMatches(rule, command))) {
            return (0,access_model/* deny */.Xg)(`unauthorized for commands [${command.join(' ')}]`);
        }
        return access_model/* ALLOW */.cg;
    }
}
const commandsDefinition = {
    type: 27n,
    name: 'Commands',
    decode(body) {
        const commands = (0,msgpack_values/* asArray */._j)(body.value(), '[[args, exact], ...]').map(item => {
            const [args, exact] = (0,msgpack_values/* asArray */._j)(item, '[args, exact]', 2);
            const list = (0,msgpack_values/* asOptionalArray */._V)(args, 'a list of arguments');
            return {
                args: list === null ? null : list.map(arg => (0,msgpack_values/* asString */.oJ)(arg, 'string arguments')),
                exact: (0,msgpack_values/* asBool */.XL)(exact, 'a boolean')
            };
        });
        return new CommandsCaveat(body, commands);
    }
};

;// CONCATENATED MODULE: ./lib/token/caveats/mutations.js
// Type 6, Mutations: `[[name, ...]]`, the GraphQL mutations the token may run (ssh tokens).
// Every access must name one of them.



class MutationsCaveat extends caveats_caveat/* BaseCaveat */.WK {
    mutations;
    type = 6n;
    name = 'Mutations';
    constructor(raw, mutations) {
        super(raw);
        this.mutations = mutations;
    }
    describe() {
        return { mutations: this.mutations === null ? null : [...this.mutations] };
    }
    prohibits(a) {
        if (a.mutation === undefined)
            return (0,access_model/* unspecified */.cB)('a GraphQL mutation');
        if (!(this.mutations ?? []).includes(a.mutation)) {
            return (0,access_model/* deny */.Xg)(`unauthorized for mutation ${a.mutation}`);
        }
        return access_model/* ALLOW */.cg;
    }
}
const mutationsDefinition = {
    type: 6n,
    name: 'Mutations',
    decode(body) {
        const [list] = (0,msgpack_values/* asArray */._j)(body.value(), '[[mutation, ...]]', 1);
        const names = (0,msgpack_values/* asOptionalArray */._V)(list, 'a list of mutations');
        return new MutationsCaveat(body, names === null ? null : names.map(n => (0,msgpack_values/* asString */.oJ)(n, 'mutation names')));
    }
};

// EXTERNAL MODULE: ./lib/token/caveats/organization.js
var organization = __nccwpck_require__(98276);
;// CONCATENATED MODULE: ./lib/token/caveats/resource-set.js
// resset.ResourceSet: a map from resource id to allowed actions. The zero id (0 or "") means
// "any" and must be alone; an empty map allows nothing; several entries may match (prefixes).





class ResourceSet {
    entries;
    zero;
    prefixMatch;
    zeroMask;
    /** Exact-match lookup (all sets but prefix ones), so a check costs O(1) however big the set. */
    exact;
    only = null;
    /** The last id judge looked up, and what the set allows it (-1: not in the set). */
    looked = false;
    lookedId = undefined;
    lookedMask = 0;
    constructor(entries, zero, prefixMatch = null) {
        this.entries = entries;
        this.zero = zero;
        this.prefixMatch = prefixMatch;
        this.zeroMask = entries.find(([key]) => key === zero)?.[1];
        this.exact = prefixMatch ? null : new Map(entries);
    }
    keys() {
        return this.entries.map(([key]) => key);
    }
    /** Library JSON: `{"<id>": "rwcdC"}`. */
    describe() {
        // Built field by field, as fromEntries would, without a pair array per entry.
        const out = {};
        for (const [key, mask] of this.entries)
            (0,json/* setOwnField */.RV)(out, String(key), (0,actions/* actionLetters */.oF)(mask));
        return out;
    }
    /** "4455667 ..." for refusals: sorted, at most ten ids. */
    onlyList() {
        if (this.only === null) {
            const ids = this.keys().map(String).sort();
            this.only =
                ids.slice(0, 10).join(' ') + (ids.length > 10 ? ` ... (${ids.length} in all)` : '');
        }
        return this.only;
    }
    /** The actions the entries matching `id` allow together (AND of their masks); -1 when none match. */
    maskOf(id) {
        let allowed = 0xffff;
        let found = false;
        if (this.zeroMask !== undefined) {
            allowed &= this.zeroMask;
            found = true;
        }
        if (this.exact) {
            const mask = this.exact.get(id);
            if (mask !== undefined) {
                allowed &= mask;
                found = true;
            }
        }
        else if (this.prefixMatch) {
            for (const [key, mask] of this.entries) {
                if (this.prefixMatch(key, id)) {
                    allowed &= mask;
                    found = true;
                }
            }
        }
        return found ? allowed : -1;
    }
    /** prohibits, without the refusal messages (same checks, same order). */
    judge(id, action) {
        if (this.zeroMask !== undefined && this.entries.length !== 1)
            return caveats_caveat/* REFUSED */.ln;
        if (id === undefined)
            return caveats_caveat/* UNSPECIFIED */.Ah;
        // A probe asks about one id for each action bit in turn: the lookup is kept for that id.
        if (!this.looked || this.lookedId !== id) {
            this.looked = true;
            this.lookedId = id;
            this.lookedMask = this.maskOf(id);
        }
        if (this.lookedMask < 0)
            return caveats_caveat/* REFUSED */.ln;
        return (0,actions/* isSubsetOf */.Yy)(action, this.lookedMask) ? caveats_caveat/* ALLOWED */.p3 : caveats_caveat/* REFUSED */.ln;
    }
    /** Of the single-action `candidates`, those judge does not call unspecified (any action alike). */
    specifiedBits(id, candidates) {
        if (this.zeroMask !== undefined && this.entries.length !== 1)
            return candidates;
        return id === undefined ? 0 : candidates;
    }
    /** Of the single-action `candidates`, those judge allows for `id` (one lookup for all). */
    allowedBits(id, candidates) {
        // judge(id, 0) passes exactly when every check but the action's passes (0 is a subset of
        // any mask); then a single bit is allowed when it is in the id's mask.
        return this.judge(id, 0) === caveats_caveat/* ALLOWED */.p3 ? candidates & this.lookedMask : 0;
    }
    prohibits(id, action, resourceType) {
        if (this.zeroMask !== undefined && this.entries.length !== 1) {
            return (0,access_model/* deny */.Xg)('bad caveat: cannot specify zero ID along with other IDs');
        }
        if (id === undefined)
            return (0,access_model/* unspecified */.cB)(resourceType);
        const allowed = this.maskOf(id);
        if (allowed < 0) {
            return (0,access_model/* deny */.Xg)(`unauthorized for ${resourceType} ${String(id)} (only [${this.onlyList()}])`);
        }
        if (!(0,actions/* isSubsetOf */.Yy)(action, allowed)) {
            return (0,access_model/* deny */.Xg)(`unauthorized for access ${(0,actions/* actionLetters */.oF)(action)} on ${resourceType} (${(0,actions/* actionLetters */.oF)((0,actions/* missingBits */.zy)(action, allowed))} not allowed)`);
        }
        return access_model/* ALLOW */.cg;
    }
}
/** The caveat body `[map]` with unsigned-integer keys. */
function decodeUintSet(value) {
    const [map] = (0,msgpack_values/* asArray */._j)(value, '[{id: action}]', 1);
    const entries = (0,msgpack_values/* asMapEntries */.xH)(map, '{id: action}').map(([key, mask]) => [(0,msgpack_values/* uintKey */.MZ)(key, 'integer ids'), (0,msgpack_values/* asMask */.zN)(mask, 'an action mask', 16)]);
    return new ResourceSet(entries, 0n);
}
/** The caveat body `[map]` with string keys; `prefix` makes keys match as URL prefixes. */
function decodeStringSet(value, prefix = false) {
    const [map] = (0,msgpack_values/* asArray */._j)(value, '[{name: action}]', 1);
    const entries = (0,msgpack_values/* asMapEntries */.xH)(map, '{name: action}').map(([key, mask]) => [(0,msgpack_values/* stringKey */.bE)(key, 'string keys'), (0,msgpack_values/* asMask */.zN)(mask, 'an action mask', 16)]);
    return prefix
        ? new ResourceSet(entries, '', (entry, id) => id.startsWith(entry))
        : new ResourceSet(entries, '');
}

;// CONCATENATED MODULE: ./lib/token/caveats/resources.js


class ResourceSetCaveat extends caveats_caveat/* BaseCaveat */.WK {
    resources;
    constructor(raw, resources) {
        super(raw);
        this.resources = resources;
    }
    describe() {
        return { [this.jsonKey]: this.resources.describe() };
    }
    prohibits(access) {
        return this.resources.prohibits(this.pick(access), access.action, this.resourceType);
    }
    judge(access) {
        return this.resources.judge(this.pick(access), access.action);
    }
    judgeBits(access, _bits, candidates) {
        return this.resources.allowedBits(this.pick(access), candidates);
    }
    specifiedBits(access, candidates) {
        return this.resources.specifiedBits(this.pick(access), candidates);
    }
}
class AppsCaveat extends ResourceSetCaveat {
    type = 3n;
    name = 'Apps';
    jsonKey = 'apps';
    resourceType = 'app';
    pick(a) {
        return a.appId;
    }
}
class VolumesCaveat extends ResourceSetCaveat {
    type = 2n;
    name = 'Volumes';
    jsonKey = 'volumes';
    resourceType = 'volume';
    pick(a) {
        return a.volume;
    }
}
class FeatureSetCaveat extends ResourceSetCaveat {
    type = 5n;
    name = 'FeatureSet';
    jsonKey = 'features';
    resourceType = 'org feature';
    pick(a) {
        return a.feature;
    }
}
class MachinesCaveat extends ResourceSetCaveat {
    type = 7n;
    name = 'Machines';
    jsonKey = 'machines';
    resourceType = 'machine';
    pick(a) {
        return a.machine;
    }
}
class MachineFeatureSetCaveat extends ResourceSetCaveat {
    type = 14n;
    name = 'MachineFeatureSet';
    jsonKey = 'features';
    resourceType = 'machine feature';
    pick(a) {
        return a.machineFeature;
    }
}
class ClustersCaveat extends ResourceSetCaveat {
    type = 16n;
    name = 'Clusters';
    jsonKey = 'clusters';
    resourceType = 'cluster';
    pick(a) {
        return a.cluster;
    }
}
class AppFeatureSetCaveat extends ResourceSetCaveat {
    type = 28n;
    name = 'AppFeatureSet';
    jsonKey = 'features';
    resourceType = 'app feature';
    pick(a) {
        return a.appFeature;
    }
}
class StorageObjectsCaveat extends ResourceSetCaveat {
    type = 29n;
    name = 'StorageObjects';
    jsonKey = 'storage_objects';
    resourceType = 'storage object';
    pick(a) {
        return a.storageObject;
    }
}
const appsDefinition = {
    type: 3n,
    name: 'Apps',
    decode: body => new AppsCaveat(body, decodeUintSet(body.value()))
};
const volumesDefinition = {
    type: 2n,
    name: 'Volumes',
    decode: body => new VolumesCaveat(body, decodeStringSet(body.value()))
};
const featureSetDefinition = {
    type: 5n,
    name: 'FeatureSet',
    decode: body => new FeatureSetCaveat(body, decodeStringSet(body.value()))
};
const machinesDefinition = {
    type: 7n,
    name: 'Machines',
    decode: body => new MachinesCaveat(body, decodeStringSet(body.value()))
};
const machineFeatureSetDefinition = {
    type: 14n,
    name: 'MachineFeatureSet',
    decode: body => new MachineFeatureSetCaveat(body, decodeStringSet(body.value()))
};
const clustersDefinition = {
    type: 16n,
    name: 'Clusters',
    decode: body => new ClustersCaveat(body, decodeStringSet(body.value()))
};
const appFeatureSetDefinition = {
    type: 28n,
    name: 'AppFeatureSet',
    decode: body => new AppFeatureSetCaveat(body, decodeStringSet(body.value()))
};
const storageObjectsDefinition = {
    type: 29n,
    name: 'StorageObjects',
    decode: body => new StorageObjectsCaveat(body, decodeStringSet(body.value(), true))
};

;// CONCATENATED MODULE: ./lib/token/facts.js
// What a macaroon names (apps, features, clusters, commands, mutations, orgs), collected once per
// macaroon and kept with its caveat index, so a discharge shared by many permission tokens is
// walked only once.





function append(target, items, keep = () => true) {
    for (const item of items)
        if (keep(item))
            target.push(item);
}
function namedResources(m) {
    const index = caveatIndex(m);
    return (index.named ??= collectNamed(index.all));
}
function collectNamed(caveats) {
    const facts = {
        orgIds: [],
        appIds: [],
        features: [],
        clusters: [],
        commands: [],
        mutations: [],
        hasClusters: false,
        hasCommands: false,
        hasMutations: false
    };
    // Plain loops, not push(...spread): a hostile set can hold tens of thousands of entries.
    for (const c of caveats) {
        if (c instanceof organization/* OrganizationCaveat */.G && c.id !== 0n)
            facts.orgIds.push(c.id);
        else if (c instanceof AppsCaveat)
            append(facts.appIds, c.resources.keys(), id => id !== 0n);
        else if (c instanceof FeatureSetCaveat)
            append(facts.features, c.resources.keys(), f => f !== '');
        else if (c instanceof ClustersCaveat) {
            facts.hasClusters = true;
            append(facts.clusters, c.resources.keys(), name => name !== '');
        }
        else if (c instanceof CommandsCaveat) {
            facts.hasCommands = true;
            append(facts.commands, c.rules());
        }
        else if (c instanceof MutationsCaveat) {
            facts.hasMutations = true;
            append(facts.mutations, c.mutations ?? []);
        }
    }
    return facts;
}
/**
 * First `cap` distinct items of the lists in order, read in place (a huge shared list is not
 * copied per caller; plain loops rather than a generator, which cost more than the work here).
 */
function uniqueBy(lists, key, cap) {
    // Most lists of real tokens are empty or hold one entry: no key or Set is needed for those.
    let total = 0;
    let only;
    for (const list of lists) {
        total += list.length;
        if (list.length > 0)
            only = list[0];
    }
    if (total === 0)
        return [];
    if (total === 1 && only !== undefined)
        return [only];
    // Short lists: a linear search over the few keys kept beats building a Set.
    const seen = total <= SMALL ? new SmallSet() : new Set();
    const out = [];
    for (const list of lists) {
        for (const item of list) {
            const k = key(item);
            if (seen.has(k))
                continue;
            seen.add(k);
            out.push(item);
            if (out.length >= cap)
                return out;
        }
    }
    return out;
}
/** Up to this many entries, sets are plain arrays searched in order. */
const SMALL = 16;
class SmallSet {
    items = [];
    has(k) {
        return this.items.includes(k);
    }
    add(k) {
        this.items.push(k);
    }
}
/** The distinct macaroons, in first-seen order. */
function distinct(macaroons) {
    const list = Array.isArray(macaroons) ? macaroons : [...macaroons];
    if (list.length > SMALL)
        return [...new Set(list)];
    const out = [];
    for (const m of list)
        if (!out.includes(m))
            out.push(m);
    return out;
}
/** The union over several macaroons, duplicates removed; each list stops after `cap` entries. */
function sortedIds(lists, cap) {
    return uniqueBy(lists, String, cap).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
/** mergeResources(macaroons).orgIds alone (the summary needs only that of the grants' tokens). */
function mergedOrgIds(macaroons) {
    return sortedIds(distinct(macaroons).map(m => namedResources(m).orgIds), Infinity);
}
function mergeResources(macaroons, cap = Infinity) {
    const all = distinct(macaroons).map(namedResources);
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

// EXTERNAL MODULE: ./lib/token/limits.js
var limits = __nccwpck_require__(16485);
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
    const shape = accessShapeError(access);
    if (shape !== null)
        return deny(`invalid access: ${shape}`);
    for (const caveat of caveats) {
        if (caveat.isAttestation || caveat.verificationOnly)
            continue;
        const verdict = caveat.prohibits(access);
        if (!verdict.ok)
            return verdict;
    }
    return ALLOW;
}
/** Every single-action bit at once. */
const ALL_ACTION_BITS = actions/* ACTION_BITS */.IP.reduce((all, bit) => all | bit, 0);
/** Every action bit the caveats allow on the target (each checked on its own, as Fly would). */
function allowedMask(caveats, target) {
    return allowedMaskInOrg(caveats, target, target.orgId);
}
/**
 * allowedMask for `target` asked about `orgId` (the probes' shape, without copying the target).
 * `validated` says attestations and verification-only caveats are already left out of `caveats`.
 */
function allowedMaskInOrg(caveats, target, orgId, validated = false) {
    const access = probeAccess(target, orgId);
    return access === null ? 0 : maskFor(caveats, access, validated);
}
/**
 * The access object the masks of `target` in `orgId` are worked out on, or null when it is not
 * a well-shaped access (then nothing is allowed, whatever the action). Every field is spelled
 * out (absent ones as undefined): one object shape for all probes keeps the caveats' checks
 * monomorphic, and no caveat tells an undefined field from a missing one.
 */
function probeAccess(target, orgId) {
    const access = {
        action: 0,
        orgId,
        appId: target.appId,
        feature: target.feature,
        appFeature: target.appFeature,
        volume: target.volume,
        machine: target.machine,
        machineFeature: target.machineFeature,
        mutation: target.mutation,
        cluster: target.cluster,
        command: target.command,
        storageObject: target.storageObject,
        sourceMachine: target.sourceMachine,
        sourceApp: target.sourceApp,
        sourceOrganization: target.sourceOrganization,
        now: target.now
    };
    return (0,access_model/* accessShapeError */.aH)(access) === null ? access : null;
}
/**
 * Every action bit the caveats allow on a well-shaped access from probeAccess (its action field
 * is overwritten; it can be reused for other caveat lists).
 */
function maskFor(caveats, access, validated) {
    // Caveat by caveat, each asked about the bits still allowed: a bit is allowed when every
    // checked caveat allows it, in any order (judging is pure). The caveats are of many classes,
    // so each property read on one is a slow megamorphic lookup: this way it happens once per
    // caveat rather than once per caveat and bit, and no refusal message is built.
    let mask = ALL_ACTION_BITS;
    for (const caveat of caveats) {
        if (!validated && (caveat.isAttestation || caveat.verificationOnly))
            continue;
        mask = (0,caveats_caveat/* judgeBitsOf */.Xn)(caveat, access, actions/* ACTION_BITS */.IP, mask);
        if (mask === 0)
            return 0;
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

;// CONCATENATED MODULE: ./lib/token/summary.js
// The access summary of a bundle (the `classification` fields): orgs, apps, features, clusters,
// commands, mutations, and what each of them allows, computed with the access evaluator.







/** From this many caveats on, a macaroon's masks are memoized (see MacaroonMemo.masks). */
const MEMO_WEIGHT = 16;
/**
 * Caps the caveat evaluations one analysis may spend, so hostile bundles (many permission tokens
 * sharing one huge discharge, many apps...) stay linear. Real tokens use a tiny fraction of it.
 */
class ProbeBudget {
    limit;
    used = 0;
    exhausted = false;
    /** Per-macaroon facts of this analysis, by the macaroon's index in its bundle (see memoOf). */
    byIndex = [];
    /** Macaroons whose index slot is taken by another one (grants of several bundles). */
    others = new Map();
    constructor(limit = limits/* MAX_CAVEAT_EVALUATIONS */.MS) {
        this.limit = limit;
    }
    /** This analysis' memo for `m`: an array slot by index (a Map lookup cost more than the work). */
    memoOf(m) {
        const slot = this.byIndex[m.index];
        if (slot?.macaroon === m)
            return slot;
        let memo = slot === undefined ? undefined : this.others.get(m);
        if (memo === undefined) {
            memo = {
                macaroon: m,
                weight: caveatIndex(m).all.length + 1,
                validated: m.caveats.filter(c => !c.isAttestation && !c.verificationOnly),
                masks: null
            };
            if (slot === undefined)
                this.byIndex[m.index] = memo;
            else
                this.others.set(m, memo);
        }
        return memo;
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
/** The org a permission token speaks for (its first Organization caveat; 0 = any). */
function grantOrg(grant) {
    const top = grant.token.caveats.find(c => c instanceof organization/* OrganizationCaveat */.G);
    if (top instanceof organization/* OrganizationCaveat */.G)
        return top.id;
    const nested = caveatIndex(grant.token).all.find(c => c instanceof organization/* OrganizationCaveat */.G);
    return nested instanceof organization/* OrganizationCaveat */.G ? nested.id : 0n;
}
/** Length-prefixed, so no two different values (or absent vs empty) share a key. */
function part(tag, value) {
    return `${tag}${value.length}:${value}`;
}
/**
 * An unambiguous key for every field of a target (the memo key of its masks). Absent fields add
 * nothing; each field is tested before any string is built, as most targets name one or two.
 */
function targetKey(t) {
    let key = '';
    if (t.appId !== undefined)
        key += part('a', t.appId.toString());
    if (t.feature !== undefined)
        key += part('f', t.feature);
    if (t.appFeature !== undefined)
        key += part('F', t.appFeature);
    if (t.volume !== undefined)
        key += part('v', t.volume);
    if (t.machine !== undefined)
        key += part('m', t.machine);
    if (t.machineFeature !== undefined)
        key += part('M', t.machineFeature);
    if (t.mutation !== undefined)
        key += part('u', t.mutation);
    if (t.cluster !== undefined)
        key += part('c', t.cluster);
    if (t.storageObject !== undefined)
        key += part('s', t.storageObject);
    if (t.sourceMachine !== undefined)
        key += part('S', t.sourceMachine);
    if (t.sourceApp !== undefined)
        key += part('A', t.sourceApp);
    if (t.sourceOrganization !== undefined)
        key += part('O', t.sourceOrganization);
    if (t.now !== undefined)
        key += part('n', t.now.toString());
    if (t.command) {
        key += `x${t.command.length}:`;
        for (const arg of t.command)
            key += part('', arg);
    }
    return key;
}
/** One target's masks for one probe call: shape worked out once, budget paid per macaroon. */
class TargetMasks {
    target;
    budget;
    shape;
    /** The access object for the org asked last (grants of one org share it), null if ill-shaped. */
    accessOrg;
    access;
    /** Masks already paid for in this probe, by `index:org` (only needed when grants share macaroons). */
    paid;
    constructor(target, budget, shared) {
        this.target = target;
        this.budget = budget;
        this.paid = shared ? new Map() : null;
    }
    /** One access object per org for all the macaroons this probe asks (its action is rewritten). */
    accessFor(orgId) {
        if (this.access === undefined || this.accessOrg !== orgId) {
            this.access = probeAccess(this.target, orgId);
            this.accessOrg = orgId;
        }
        return this.access;
    }
    evaluate(caveats, orgId) {
        const access = this.accessFor(orgId);
        return access === null ? 0 : maskFor(caveats, access, true);
    }
    maskOf(m, orgId, orgKey) {
        const key = this.paid ? `${m.index}:${orgKey}` : '';
        const paid = this.paid?.get(key);
        if (paid !== undefined)
            return paid;
        let mask = 0;
        const memo = this.budget.memoOf(m);
        if (this.budget.spend(memo.weight * actions/* ACTION_BITS */.IP.length)) {
            if (memo.weight < MEMO_WEIGHT) {
                mask = this.evaluate(memo.validated, orgId);
            }
            else {
                this.shape ??= targetKey(this.target);
                const memoKey = `${orgKey}:${this.shape}`;
                memo.masks ??= new Map();
                const known = memo.masks.get(memoKey);
                if (known === undefined) {
                    mask = this.evaluate(memo.validated, orgId);
                    memo.masks.set(memoKey, mask);
                }
                else
                    mask = known;
            }
        }
        this.paid?.set(key, mask);
        return mask;
    }
}
/**
 * A bundle-wide probe: the actions any permission token allows on the target, each token asked
 * about its own org. Validation is a conjunction, so a token's mask is its own caveats' mask AND
 * each discharge's; masks are cached per macaroon so a shared discharge is evaluated once.
 */
function makeProbe(grants, budget = new ProbeBudget()) {
    const orgs = grants.map(grantOrg);
    const orgKeys = orgs.map(String);
    // With one grant no macaroon can come up twice in a probe (its discharges are distinct and
    // never the permission token), so the per-probe memo is needed only for several grants.
    const shared = grants.length > 1;
    return target => {
        const masks = new TargetMasks(target, budget, shared);
        let union = 0;
        for (let i = 0; i < grants.length; i++) {
            const grant = grants[i];
            const orgId = orgs[i] ?? 0n;
            const orgKey = orgKeys[i] ?? '0';
            let mask = masks.maskOf(grant.token, orgId, orgKey);
            for (const d of grant.discharges) {
                if (mask === 0)
                    break;
                mask &= masks.maskOf(d, orgId, orgKey);
            }
            union |= mask;
        }
        return union;
    };
}
/** Every macaroon that takes part in some grant, once (first-seen order). */
function grantMacaroons(grants) {
    const seen = new Set();
    const out = [];
    const add = (m) => {
        if (seen.has(m))
            return;
        seen.add(m);
        out.push(m);
    };
    for (const g of grants) {
        add(g.token);
        for (const d of g.discharges)
            add(d);
    }
    return out;
}
function probeEach(names, probe) {
    return Object.fromEntries(names.slice(0, limits/* MAX_PROBED_RESOURCES */.Wz).map(name => [name, (0,actions/* actionLetters */.oF)(probe(name))]));
}
function summarizeAccess(grants, budget = new ProbeBudget()) {
    const named = mergeResources(grantMacaroons(grants));
    const probe = makeProbe(grants, budget);
    const apps = named.appIds.map(String);
    const orgMask = grants.length ? probe({}) : 0;
    const summary = {
        orgIds: mergedOrgIds(grants.map(g => g.token)).map(String),
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
    const named = mergeResources([grant.token, ...grant.discharges], limits/* MAX_PROBED_RESOURCES */.Wz);
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

;// CONCATENATED MODULE: ./lib/token/bytes-table.js
// Lookups by exact bytes (KIDs, 3P tickets): a linear scan for the few entries real bundles
// have, a hex-keyed map once there are many, so hostile bundles stay linear. Hex keys for two or
// three entries cost more than comparing the bytes.

/** Up to this many entries, lookups compare bytes one entry after another. */
const SCAN_LIMIT = 16;
function sameBytes(a, b) {
    if (a.length !== b.length)
        return false;
    for (let i = 0; i < a.length; i++)
        if (a[i] !== b[i])
            return false;
    return true;
}
class BytesTable {
    keys = [];
    values = [];
    byHex = null;
    add(key, value) {
        this.keys.push(key);
        this.values.push(value);
        this.byHex = null;
    }
    /** Every value added under `key`, in the order added. */
    all(key) {
        if (this.keys.length > SCAN_LIMIT)
            return this.hexMap().get((0,json/* toHex */.nj)(key)) ?? [];
        const out = [];
        for (let i = 0; i < this.keys.length; i++) {
            if (sameBytes(this.keys[i], key))
                out.push(this.values[i]);
        }
        return out;
    }
    has(key) {
        if (this.keys.length > SCAN_LIMIT)
            return this.hexMap().has((0,json/* toHex */.nj)(key));
        for (const k of this.keys)
            if (sameBytes(k, key))
                return true;
        return false;
    }
    hexMap() {
        if (this.byHex === null) {
            const map = new Map();
            for (let i = 0; i < this.keys.length; i++) {
                const hex = (0,json/* toHex */.nj)(this.keys[i]);
                const same = map.get(hex);
                if (same)
                    same.push(this.values[i]);
                else
                    map.set(hex, [this.values[i]]);
            }
            this.byHex = map;
        }
        return this.byHex;
    }
}

;// CONCATENATED MODULE: ./lib/token/problems.js
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
const FORMATTING_MESSAGES = {
    whitespace: 'the token has surrounding whitespace: flyctl trims it, but store the secret without it',
    newline: 'the token has a trailing newline or surrounding whitespace: flyctl trims it, but store the secret without it',
    schemeMissing: 'no "FlyV1 " scheme in front of the macaroons: flyctl adds it, raw API clients need it',
    schemeDoubled: 'the scheme is repeated (e.g. "Bearer FlyV1 ..."): one "FlyV1 " is enough',
    bearer: 'macaroon tokens take the "FlyV1" scheme, not "Bearer"',
    spaceAfterComma: "whitespace around a comma between tokens: flyctl copes, but Fly's own header parser rejects it",
    lineBreak: 'a line break inside a token: Fly skips it, but most tools do not'
};
function formatting(code, message) {
    return { code, message };
}

;// CONCATENATED MODULE: ./lib/token/sha1.js
// SHA-1 (FIPS 180-4) in plain JS, for the short inputs of UUIDv5 nonce identities (16 + ~20 bytes).
// node:crypto's createHash costs an object, a native call and a Buffer per digest: for one or two
// 64-byte blocks that is several times the hashing itself. Not for secrets: identities only.
/** Padded message and the 80-word schedule, reused across calls (allocated on first use). */
const SHARED_BYTES = 1024;
let message = new Uint8Array(0);
let schedule = null;
function rotl(x, n) {
    return (x << n) | (x >>> (32 - n));
}
/** SHA-1 of the concatenation `a || b` (20 bytes). */
function sha1_sha1(a, b = new Uint8Array(0)) {
    return sha1Into(a, b, new Uint8Array(20));
}
/** sha1, written into the first 20 bytes of `out` (so hot callers can reuse one array). */
function sha1Into(a, b, out) {
    const length = a.length + b.length;
    // Message, 0x80, zero padding, then the 64-bit bit length: whole 64-byte blocks.
    const padded = (Math.floor((length + 8) / 64) + 1) * 64;
    // Real nonces fit the shared scratch; a hostile giant KID gets a buffer of its own, not kept.
    if (message.length < padded && padded <= SHARED_BYTES)
        message = new Uint8Array(SHARED_BYTES);
    const m = padded <= SHARED_BYTES ? message : new Uint8Array(padded);
    m.set(a, 0);
    m.set(b, a.length);
    m[length] = 0x80;
    m.fill(0, length + 1, padded - 8);
    const bitsHigh = Math.floor(length / 0x20000000);
    const bitsLow = (length * 8) >>> 0;
    m[padded - 8] = bitsHigh >>> 24;
    m[padded - 7] = (bitsHigh >>> 16) & 0xff;
    m[padded - 6] = (bitsHigh >>> 8) & 0xff;
    m[padded - 5] = bitsHigh & 0xff;
    m[padded - 4] = bitsLow >>> 24;
    m[padded - 3] = (bitsLow >>> 16) & 0xff;
    m[padded - 2] = (bitsLow >>> 8) & 0xff;
    m[padded - 1] = bitsLow & 0xff;
    const w = (schedule ??= new Int32Array(80));
    let h0 = 0x67452301;
    let h1 = 0xefcdab89 | 0;
    let h2 = 0x98badcfe | 0;
    let h3 = 0x10325476;
    let h4 = 0xc3d2e1f0 | 0;
    for (let base = 0; base < padded; base += 64) {
        for (let t = 0; t < 16; t++) {
            const i = base + t * 4;
            w[t] =
                ((m[i] ?? 0) << 24) | ((m[i + 1] ?? 0) << 16) | ((m[i + 2] ?? 0) << 8) | (m[i + 3] ?? 0);
        }
        for (let t = 16; t < 80; t++) {
            w[t] = rotl((w[t - 3] ?? 0) ^ (w[t - 8] ?? 0) ^ (w[t - 14] ?? 0) ^ (w[t - 16] ?? 0), 1);
        }
        let va = h0;
        let vb = h1;
        let vc = h2;
        let vd = h3;
        let ve = h4;
        // Four loops, one per round function, rather than a branch per step.
        for (let t = 0; t < 20; t++) {
            const temp = (rotl(va, 5) + ((vb & vc) | (~vb & vd)) + ve + 0x5a827999 + (w[t] ?? 0)) | 0;
            ve = vd;
            vd = vc;
            vc = rotl(vb, 30);
            vb = va;
            va = temp;
        }
        for (let t = 20; t < 40; t++) {
            const temp = (rotl(va, 5) + (vb ^ vc ^ vd) + ve + 0x6ed9eba1 + (w[t] ?? 0)) | 0;
            ve = vd;
            vd = vc;
            vc = rotl(vb, 30);
            vb = va;
            va = temp;
        }
        for (let t = 40; t < 60; t++) {
            const temp = (rotl(va, 5) + ((vb & vc) | (vb & vd) | (vc & vd)) + ve + 0x8f1bbcdc + (w[t] ?? 0)) | 0;
            ve = vd;
            vd = vc;
            vc = rotl(vb, 30);
            vb = va;
            va = temp;
        }
        for (let t = 60; t < 80; t++) {
            const temp = (rotl(va, 5) + (vb ^ vc ^ vd) + ve + 0xca62c1d6 + (w[t] ?? 0)) | 0;
            ve = vd;
            vd = vc;
            vc = rotl(vb, 30);
            vb = va;
            va = temp;
        }
        h0 = (h0 + va) | 0;
        h1 = (h1 + vb) | 0;
        h2 = (h2 + vc) | 0;
        h3 = (h3 + vd) | 0;
        h4 = (h4 + ve) | 0;
    }
    writeWord(out, 0, h0);
    writeWord(out, 4, h1);
    writeWord(out, 8, h2);
    writeWord(out, 12, h3);
    writeWord(out, 16, h4);
    return out;
}
function writeWord(out, at, word) {
    out[at] = word >>> 24;
    out[at + 1] = (word >>> 16) & 0xff;
    out[at + 2] = (word >>> 8) & 0xff;
    out[at + 3] = word & 0xff;
}

;// CONCATENATED MODULE: ./lib/token/uuid.js
// Token identity: the nonce e-mail Fly's GraphQL `viewer` shows for a macaroon.


const KID_NAMESPACE = Uint8Array.from([
    0x96, 0x8f, 0xc2, 0xc6, 0xa9, 0x4f, 0x49, 0x88, 0xa5, 0x44, 0x2a, 0xd7, 0x2b, 0x02, 0xf2, 0x22
]);
/** RFC 4122 name-based UUID (SHA-1, version 5) over raw bytes, as github.com/google/uuid NewSHA1. */
function uuidV5(namespace, name) {
    // Pure-JS SHA-1: the inputs are tiny, and createHash per macaroon was most of decoding's cost.
    const out = sha1(namespace, name).subarray(0, 16);
    out[6] = ((out[6] ?? 0) & 0x0f) | 0x50;
    out[8] = ((out[8] ?? 0) & 0x3f) | 0x80;
    return out;
}
/** Two hex digits per byte value (built on first use: 256 short strings). */
let byteHex = null;
function hexPairs() {
    return (byteHex ??= Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0')));
}
function formatUuid(bytes) {
    if (bytes.length !== 16) {
        const hex = (0,json/* toHex */.nj)(bytes);
        return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    }
    // The common case in one pass over the bytes, no intermediate hex string to slice.
    const pairs = hexPairs();
    let out = '';
    for (let i = 0; i < 16; i++) {
        if (i === 4 || i === 6 || i === 8 || i === 10)
            out += '-';
        out += pairs[bytes[i] ?? 0] ?? '';
    }
    return out;
}
/** Digest scratch for nonceEmail: the two hashes per macaroon allocate nothing. */
let kidDigest = null;
let emailDigest = null;
function setVersionBits(uuid) {
    uuid[6] = ((uuid[6] ?? 0) & 0x0f) | 0x50;
    uuid[8] = ((uuid[8] ?? 0) & 0x3f) | 0x80;
}
/** `<UUIDv5(UUIDv5(ns, KID), Rnd)>@tokens.fly.io`. */
function nonceEmail(kid, rnd) {
    // Same as formatUuid(uuidV5(uuidV5(KID_NAMESPACE, kid), rnd)), without the views and copies:
    // this runs for every macaroon of every token.
    const first = (kidDigest ??= new Uint8Array(20));
    sha1Into(KID_NAMESPACE, kid, first);
    setVersionBits(first);
    const second = (emailDigest ??= new Uint8Array(20));
    sha1Into(first.subarray(0, 16), rnd, second);
    setVersionBits(second);
    return `${formatUuid(second.subarray(0, 16))}@tokens.fly.io`;
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
/**
 * A macaroon with its place in the bundle. The identity (two SHA-1 digests) and the KID's hex are
 * worked out on first read: classifying a token needs neither (the identity was a sixth of
 * decoding), and KIDs are matched by their bytes.
 */
class BundledMacaroon {
    nonce;
    location;
    caveats;
    tail;
    unregisteredTypes;
    index;
    piece;
    label;
    role;
    // ES private fields: no part of the macaroon's data, even once worked out.
    #email;
    #hex;
    constructor(nonce, location, caveats, tail, unregisteredTypes, index, piece, label, role) {
        this.nonce = nonce;
        this.location = location;
        this.caveats = caveats;
        this.tail = tail;
        this.unregisteredTypes = unregisteredTypes;
        this.index = index;
        this.piece = piece;
        this.label = label;
        this.role = role;
    }
    get identity() {
        return (this.#email ??= nonceEmail(this.nonce.kid, this.nonce.rnd));
    }
    get kidHex() {
        return (this.#hex ??= (0,json/* toHex */.nj)(this.nonce.kid));
    }
}
/** The bundle's macaroons that are not permission tokens, by KID (what a 3P ticket names). */
function dischargesByKid(macaroons) {
    const table = new BytesTable();
    for (const m of macaroons)
        if (m.role !== 'permission')
            table.add(m.nonce.kid, m);
    return table;
}
function assignRoles(decoded) {
    // Fields listed rather than spread: a spread copy was a measurable share of decoding.
    const bundled = decoded.map(({ macaroon, piece }, index) => new BundledMacaroon(macaroon.nonce, macaroon.location, macaroon.caveats, macaroon.tail, macaroon.unregisteredTypes, index, piece.index, piece.label, 'unknown'));
    // Third parties beyond the known ones, if any 3P caveat names one (a set only then).
    let named = null;
    const tickets = new BytesTable();
    for (const m of bundled) {
        for (const tp of caveatIndex(m).tickets) {
            if (!KNOWN_THIRD_PARTY_LOCATIONS.includes(tp.location))
                (named ??= new Set()).add(tp.location);
            if (tp.ticket)
                tickets.add(tp.ticket, true);
        }
    }
    const isThirdParty = (location) => KNOWN_THIRD_PARTY_LOCATIONS.includes(location) || named?.has(location) === true;
    for (const m of bundled) {
        if (m.location === PERMISSION_LOCATION)
            m.role = 'permission';
        else if (m.nonce.proof || isThirdParty(m.location) || tickets.has(m.nonce.kid))
            m.role = 'discharge';
    }
    return bundled;
}
/** Pair each permission token with the discharges whose KID equals one of its 3P tickets. */
function pairGrants(macaroons) {
    const byKid = dischargesByKid(macaroons);
    const grants = [];
    for (const token of macaroons) {
        if (token.role !== 'permission')
            continue;
        const discharges = new Set();
        for (const tp of caveatIndex(token).tickets) {
            if (tp.ticket)
                for (const d of byKid.all(tp.ticket))
                    discharges.add(d);
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
        for (const caveat of caveatIndex(token).tickets) {
            if (caveat.ticket === null || !kids.has(caveat.ticket))
                out.push({ token, caveat });
        }
    }
    return out;
}
function relationProblems(macaroons, grants) {
    const out = [];
    for (const { token, caveat } of undischargedTickets(macaroons, grants)) {
        const message = `token ${token.index + 1} needs a discharge from ${caveat.location} that is not in the header: it cannot be used without an interactive login`;
        out.push(problem('missing-discharge', message, false, token.piece));
    }
    for (const m of macaroons) {
        if (m.unregisteredTypes.length === 0)
            continue;
        const types = [...new Set(m.unregisteredTypes.map(String))];
        const shown = types.slice(0, 5).join(', ') + (types.length > 5 ? ', ...' : '');
        const message = `token ${m.index + 1} has caveats of unregistered type ${shown}: Fly refuses any access through them`;
        out.push(problem('unregistered-caveat', message, false, m.piece));
    }
    if (macaroons.length > 0 && grants.length === 0) {
        out.push(problem('no-permission-token', 'no permission token (only discharges or other macaroons): Fly will refuse it', false));
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/token/go-text.js
// Go's string helpers as Fly's parsers use them, so headers are read exactly as Fly reads them.
/** Go's `unicode.IsSpace`: ASCII/Latin-1 spaces plus the Unicode White_Space set. */
function isGoSpace(code) {
    switch (code) {
        case 0x09:
        case 0x0a:
        case 0x0b:
        case 0x0c:
        case 0x0d:
        case 0x20:
        case 0x85:
        case 0xa0:
        case 0x1680:
        case 0x2028:
        case 0x2029:
        case 0x202f:
        case 0x205f:
        case 0x3000:
            return true;
        default:
            return code >= 0x2000 && code <= 0x200a;
    }
}
/** Bounds of `text.slice(start, end)` after Go's `strings.TrimSpace`. */
function goTrimBounds(text, start = 0, end = text.length) {
    let from = start;
    let to = end;
    while (from < to && isGoSpace(text.charCodeAt(from)))
        from++;
    while (to > from && isGoSpace(text.charCodeAt(to - 1)))
        to--;
    return [from, to];
}
/** Go's `strings.TrimSpace`. */
function goTrim(text) {
    const [from, to] = goTrimBounds(text);
    return text.slice(from, to);
}
/** ASCII case-insensitive equality (the scheme names are ASCII). */
function equalsIgnoringAsciiCase(a, b) {
    if (a.length !== b.length)
        return false;
    for (let i = 0; i < a.length; i++) {
        const x = a.charCodeAt(i);
        const y = b.charCodeAt(i);
        if (x === y)
            continue;
        const lx = x >= 0x41 && x <= 0x5a ? x + 32 : x;
        const ly = y >= 0x41 && y <= 0x5a ? y + 32 : y;
        if (lx !== ly)
            return false;
    }
    return true;
}

;// CONCATENATED MODULE: ./lib/token/header.js
// Reading an Authorization value the way Fly does: trim, strip `FlyV1 `/`Bearer ` (repeatedly,
// case-insensitively), split on `,`, trim each piece, cut each at its first `_`.

const MACAROON_LABELS = ['fm2', 'fm1r', 'fm1a'];
const OAUTH_TOKEN = /^fo1_[A-Za-z0-9_-]{43}$/;
const LEGACY_TOKEN = /^[A-Za-z0-9_-]{43}$/;
function schemeNamed(word) {
    if (equalsIgnoringAsciiCase(word, 'FlyV1'))
        return 'FlyV1';
    if (equalsIgnoringAsciiCase(word, 'Bearer'))
        return 'Bearer';
    return null;
}
function classifyPiece(index, raw) {
    const text = goTrim(raw);
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
/** `text.split(',')`, classified: an indexOf loop is several times cheaper than split here. */
function splitPieces(text) {
    const pieces = [];
    let from = 0;
    for (;;) {
        const comma = text.indexOf(',', from);
        const end = comma < 0 ? text.length : comma;
        pieces.push(classifyPiece(pieces.length, text.slice(from, end)));
        if (comma < 0)
            return pieces;
        from = comma + 1;
    }
}
/** Parse without judging: problems are worked out by the decoder from these pieces. */
function parseHeader(input) {
    const [from, to] = goTrimBounds(input);
    const trimmed = input.slice(from, to);
    const schemes = [];
    const layers = [];
    // Index-based so a long run of schemes stays linear.
    let start = 0;
    for (;;) {
        const space = trimmed.indexOf(' ', start);
        if (space < 0)
            break;
        const scheme = schemeNamed(goTrim(trimmed.slice(start, space)));
        if (scheme === null)
            break;
        schemes.push(scheme);
        start = goTrimBounds(trimmed, space + 1)[0];
        layers.push(trimmed.slice(start));
    }
    const stripped = trimmed.slice(start);
    const pieces = stripped === '' ? [] : splitPieces(stripped);
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
/** True when what is left after the schemes is itself only a scheme word (`FlyV1 ` → `FlyV1`). */
function isSchemeOnly(header) {
    return header.stripped !== '' && schemeNamed(header.stripped) !== null;
}
/** `FlyV1` when the value holds any macaroon, else `Bearer` (user tokens), as fly-go chooses. */
function authScheme(input) {
    return parseHeader(String(input)).pieces.some(p => p.kind === 'macaroon') ? 'FlyV1' : 'Bearer';
}
/**
 * The clean Authorization value: scheme + trimmed pieces joined by commas, e.g. `FlyV1 fm2_…,fm2_…`.
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
/** Whether `text` contains characters Go would trim (used for the in-body line-break hint). */
function containsGoSpace(text) {
    for (let i = 0; i < text.length; i++)
        if (isGoSpace(text.charCodeAt(i)))
            return true;
    return false;
}

;// CONCATENATED MODULE: ./lib/token/hints.js

function headerFormatting(header, hasMacaroons) {
    const out = [];
    if (header.surroundingWhitespace) {
        const message = header.surroundingNewline
            ? FORMATTING_MESSAGES.newline
            : FORMATTING_MESSAGES.whitespace;
        out.push(formatting('surrounding-whitespace', message));
    }
    if (hasMacaroons && header.schemes.length === 0) {
        out.push(formatting('scheme-missing', FORMATTING_MESSAGES.schemeMissing));
    }
    if (header.schemes.length > 1)
        out.push(formatting('scheme-doubled', FORMATTING_MESSAGES.schemeDoubled));
    if (hasMacaroons && header.schemes.includes('Bearer') && !header.schemes.includes('FlyV1')) {
        out.push(formatting('bearer-scheme', FORMATTING_MESSAGES.bearer));
    }
    if (header.pieces.some(p => p.padded && p.text !== '')) {
        out.push(formatting('space-after-comma', FORMATTING_MESSAGES.spaceAfterComma));
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/token/base64.js
// Strict standard base64 with padding, as Go's base64.StdEncoding (which skips CR/LF inside).
// Failures say *why*, and carry a best-effort repair so the caller can tell "unpadded" from "cut off".
/** The standard alphabet with at most two `=` at the end. */
const STANDARD_PADDED = /^[A-Za-z0-9+/]*={0,2}$/;
/**
 * /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/, as a length test plus a
 * simpler regex (the same strings: a multiple of 4, alphabet, then up to two `=`). Measured at
 * twice the speed of a char-code loop with a lookup table, and three times the full regex.
 */
function isStandardPadded(text) {
    return text.length % 4 === 0 && STANDARD_PADDED.test(text);
}
const STANDARD_BARE = /^[A-Za-z0-9+/]*$/;
const URL_SAFE = /^[A-Za-z0-9_-]*={0,2}$/;
const ANY_ALPHABET = /^[A-Za-z0-9+/_-]*=*$/;
/**
 * A plain Uint8Array view of Node's decoding (its bytes may sit in Node's Buffer pool: they are
 * never overwritten there, and a view costs a fifth of an array with a buffer of its own, which
 * was most of decoding a body). Only called on text already known to be valid.
 */
function bytesOf(text) {
    const decoded = Buffer.from(text, 'base64');
    return new Uint8Array(decoded.buffer, decoded.byteOffset, decoded.byteLength);
}
/**
 * The bytes of canonical padded standard base64 (what encoding them gives back exactly), else
 * null. Node's decoder is lenient, so the round trip is the check: cheaper than the alphabet
 * regex, and anything it turns away still takes the strict path below.
 */
function canonicalBytes(text) {
    if (text.length % 4 !== 0)
        return null;
    const decoded = Buffer.from(text, 'base64');
    if (decoded.toString('base64') !== text)
        return null;
    return new Uint8Array(decoded.buffer, decoded.byteOffset, decoded.byteLength);
}
/** Padding added so a bare body can be decoded; null when no padding can make it whole. */
function padded(text) {
    const rest = text.length % 4;
    if (rest === 1)
        return null;
    return rest === 0 ? text : text + '='.repeat(4 - rest);
}
function decodeStandardBase64(input) {
    // The usual case first: clean padded text has no line breaks, so no regex pass is needed.
    const canonical = canonicalBytes(input);
    if (canonical !== null)
        return { ok: true, bytes: canonical, hadLineBreaks: false };
    if (isStandardPadded(input))
        return { ok: true, bytes: bytesOf(input), hadLineBreaks: false };
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

// EXTERNAL MODULE: ./lib/token/msgpack-scan.js
var msgpack_scan = __nccwpck_require__(40259);
;// CONCATENATED MODULE: ./lib/token/caveats/action.js
// Type 26, Action: a bare action mask every access must stay within (ssh's read-only half).




class ActionCaveat extends caveats_caveat/* BaseCaveat */.WK {
    mask;
    type = 26n;
    name = 'Action';
    constructor(raw, mask) {
        super(raw);
        this.mask = mask;
    }
    describe() {
        return (0,actions/* actionLetters */.oF)(this.mask);
    }
    prohibits(a) {
        if (!(0,actions/* isSubsetOf */.Yy)(a.action, this.mask)) {
            const missing = (0,actions/* actionLetters */.oF)((0,actions/* missingBits */.zy)(a.action, this.mask));
            return (0,access_model/* deny */.Xg)(`unauthorized for access ${(0,actions/* actionLetters */.oF)(a.action)} (${missing} not allowed)`);
        }
        return access_model/* ALLOW */.cg;
    }
}
const actionDefinition = {
    type: 26n,
    name: 'Action',
    decode: body => new ActionCaveat(body, (0,msgpack_values/* asMask */.zN)(body.value(), 'an action mask', 16))
};

;// CONCATENATED MODULE: ./lib/token/caveats/discharge-requirements.js
// Requirements a third party checks before it issues a discharge (they live in 3P tickets):
// ConfineUser (8), ConfineOrganization (9), ConfineGoogleHD (19), ConfineGitHubOrg (20) and
// MaxValidity (21). Against an ordinary access they are invalid, so they refuse it (as Fly does).




const ONLY_FOR_DISCHARGES = 'invalid access (this caveat only applies when discharging a 3P caveat)';
class DischargeRequirement extends caveats_caveat/* BaseCaveat */.WK {
    prohibits() {
        return (0,access_model/* deny */.Xg)(ONLY_FOR_DISCHARGES);
    }
}
/** ConfineUser / ConfineOrganization: `[id]`, JSON `{"id": N}`. */
class ConfineIdCaveat extends DischargeRequirement {
    type;
    name;
    id;
    constructor(raw, type, name, id) {
        super(raw);
        this.type = type;
        this.name = name;
        this.id = id;
    }
    describe() {
        return { id: (0,json/* jsonInteger */.R1)(this.id) };
    }
}
/** ConfineGitHubOrg / MaxValidity: a bare unsigned number. */
class UintRequirementCaveat extends DischargeRequirement {
    type;
    name;
    value;
    constructor(raw, type, name, value) {
        super(raw);
        this.type = type;
        this.name = name;
        this.value = value;
    }
    describe() {
        return (0,json/* jsonInteger */.R1)(this.value);
    }
}
class ConfineGoogleHdCaveat extends DischargeRequirement {
    hostedDomain;
    type = 19n;
    name = 'ConfineGoogleHD';
    constructor(raw, hostedDomain) {
        super(raw);
        this.hostedDomain = hostedDomain;
    }
    describe() {
        return this.hostedDomain;
    }
}
function confineId(type, name) {
    return {
        type,
        name,
        decode(body) {
            const [id] = (0,msgpack_values/* asArray */._j)(body.value(), '[id]', 1);
            return new ConfineIdCaveat(body, type, name, (0,msgpack_values/* asUint */.ZC)(id, 'an id'));
        }
    };
}
function uintRequirement(type, name) {
    return {
        type,
        name,
        decode: body => new UintRequirementCaveat(body, type, name, (0,msgpack_values/* asUint */.ZC)(body.value(), 'a number'))
    };
}
const confineUserDefinition = confineId(8n, 'ConfineUser');
const confineOrganizationDefinition = confineId(9n, 'ConfineOrganization');
const confineGitHubOrgDefinition = uintRequirement(20n, 'ConfineGitHubOrg');
const maxValidityDefinition = uintRequirement(21n, 'MaxValidity');
const confineGoogleHdDefinition = {
    type: 19n,
    name: 'ConfineGoogleHD',
    decode: body => new ConfineGoogleHdCaveat(body, (0,msgpack_values/* asString */.oJ)(body.value(), 'a domain'))
};

;// CONCATENATED MODULE: ./lib/token/caveats/identity.js
// Who made the token. IsUser (10, `[id]`) is plain metadata. The attestations FlyioUserID (23),
// GitHubUserID (24) and GoogleUserID (25, big-endian bytes) are positive assertions a discharge
// makes; top-level validation skips them and they refuse anything when nested.




class IsUserCaveat extends caveats_caveat/* BaseCaveat */.WK {
    userId;
    type = 10n;
    name = 'IsUser';
    constructor(raw, userId) {
        super(raw);
        this.userId = userId;
    }
    describe() {
        return { uint64: (0,json/* jsonInteger */.R1)(this.userId) }; // sic: the library's JSON key
    }
    prohibits() {
        return access_model/* ALLOW */.cg;
    }
    /** Plain metadata: allows everything. */
    judgeBits(_a, _bits, candidates) {
        return candidates;
    }
}
class AttestationCaveat extends caveats_caveat/* BaseCaveat */.WK {
    userId;
    get isAttestation() {
        return true;
    }
    constructor(raw, userId) {
        super(raw);
        this.userId = userId;
    }
    describe() {
        return (0,json/* jsonInteger */.R1)(this.userId);
    }
    prohibits() {
        return (0,access_model/* deny */.Xg)('bad caveat (attestations cannot authorize an access)');
    }
}
class FlyioUserIdCaveat extends AttestationCaveat {
    type = 23n;
    name = 'FlyioUserID';
}
class GitHubUserIdCaveat extends AttestationCaveat {
    type = 24n;
    name = 'GitHubUserID';
}
class GoogleUserIdCaveat extends AttestationCaveat {
    type = 25n;
    name = 'GoogleUserID';
}
function bigEndian(bytes) {
    return bytes.length === 0 ? 0n : BigInt(`0x${Buffer.from(bytes).toString('hex')}`);
}
const isUserDefinition = {
    type: 10n,
    name: 'IsUser',
    decode(body) {
        const [id] = (0,msgpack_values/* asArray */._j)(body.value(), '[userId]', 1);
        return new IsUserCaveat(body, (0,msgpack_values/* asUint */.ZC)(id, 'a user id'));
    }
};
const flyioUserIdDefinition = {
    type: 23n,
    name: 'FlyioUserID',
    decode: body => new FlyioUserIdCaveat(body, (0,msgpack_values/* asUint */.ZC)(body.value(), 'a user id'))
};
const gitHubUserIdDefinition = {
    type: 24n,
    name: 'GitHubUserID',
    decode: body => new GitHubUserIdCaveat(body, (0,msgpack_values/* asUint */.ZC)(body.value(), 'a user id'))
};
const googleUserIdDefinition = {
    type: 25n,
    name: 'GoogleUserID',
    decode: body => new GoogleUserIdCaveat(body, bigEndian((0,msgpack_values/* asBytes */.Yd)(body.value(), 'user id bytes')))
};

;// CONCATENATED MODULE: ./lib/token/caveats/if-present.js
// Type 13, IfPresent: `[ifs (flat caveat array), else (action mask)]`. When the access names a
// resource one of the `ifs` constrains, those caveats decide; otherwise only `else` is allowed.
// This is how deploy tokens say "full control of this app, read-only on the rest of the org".





class IfPresentCaveat extends caveats_caveat/* BaseCaveat */.WK {
    ifs;
    otherwise;
    type = 13n;
    name = 'IfPresent';
    constructor(raw, ifs, otherwise) {
        super(raw);
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
        if (!applies && !(0,actions/* isSubsetOf */.Yy)(a.action, this.otherwise)) {
            const missing = (0,actions/* actionLetters */.oF)((0,actions/* missingBits */.zy)(a.action, this.otherwise));
            return (0,access_model/* deny */.Xg)(`unauthorized for access ${(0,actions/* actionLetters */.oF)(a.action)} (${missing} not allowed)`);
        }
        return access_model/* ALLOW */.cg;
    }
    /** IfPresent allows or refuses; it never calls an access unspecified. */
    specifiedBits(_a, candidates) {
        return candidates;
    }
    /**
     * judge for every single-action bit at once, when each inner caveat can say for which bits it
     * is specified (then a bit is allowed when no inner caveat refuses it and either one applies
     * or `else` has it); otherwise bit by bit. Deploy tokens wrap their apps in an IfPresent, and
     * judging it five times per probe was a fifth of classifying them.
     */
    judgeBits(a, bits, candidates) {
        let refused = 0;
        let applies = 0;
        for (const caveat of this.ifs) {
            if (!caveat.specifiedBits)
                return (0,caveats_caveat/* judgeEachBit */.cD)(this, a, bits, candidates);
            const specified = caveat.specifiedBits(a, candidates);
            if (specified === 0)
                continue;
            refused |= specified & ~(0,caveats_caveat/* judgeBitsOf */.Xn)(caveat, a, bits, specified);
            applies |= specified;
        }
        return candidates & ~refused & (applies | this.otherwise);
    }
    /** prohibits, without the refusal messages (the inner caveats judged the same way). */
    judge(a) {
        let applies = false;
        let refused = false;
        for (const caveat of this.ifs) {
            const judgement = (0,caveats_caveat/* judgeOf */.Pb)(caveat, a);
            if (judgement === caveats_caveat/* ALLOWED */.p3) {
                applies = true;
            }
            else if (judgement === caveats_caveat/* REFUSED */.ln) {
                applies = true;
                refused = true;
            }
        }
        if (refused)
            return caveats_caveat/* REFUSED */.ln;
        if (!applies && !(0,actions/* isSubsetOf */.Yy)(a.action, this.otherwise))
            return caveats_caveat/* REFUSED */.ln;
        return caveats_caveat/* ALLOWED */.p3;
    }
}
const ifPresentDefinition = {
    type: 13n,
    name: 'IfPresent',
    decode(body, ctx) {
        const items = (0,msgpack_scan/* arrayItems */.ut)(body.raw, 0);
        const ifsRange = items?.[0];
        const elseRange = items?.[1];
        if (!ifsRange || !elseRange)
            throw new msgpack_values/* ShapeError */.ym('[ifs, else]');
        const ifs = ctx.decodeSet(body.raw.subarray(ifsRange[0], ifsRange[1]), ctx.depth + 1);
        const otherwise = (0,msgpack_values/* asMask */.zN)((0,msgpack_values/* decodeValue */.wz)(body.raw.subarray(elseRange[0], elseRange[1])), 'an action mask', 16);
        return new IfPresentCaveat(body, ifs, otherwise);
    }
};

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
class AllowedRolesCaveat extends caveats_caveat/* BaseCaveat */.WK {
    roles;
    type = 30n;
    name = 'AllowedRoles';
    constructor(raw, roles) {
        super(raw);
        this.roles = roles;
    }
    describe() {
        return (0,json/* jsonInteger */.R1)(BigInt(this.roles >>> 0));
    }
    prohibits(a) {
        return checkRoles(this.roles, a);
    }
}
class IsMemberCaveat extends caveats_caveat/* BaseCaveat */.WK {
    type = 22n;
    name = 'IsMember';
    describe() {
        return {};
    }
    prohibits(a) {
        return checkRoles(ROLE_MEMBER, a);
    }
}
const allowedRolesDefinition = {
    type: 30n,
    name: 'AllowedRoles',
    decode: body => new AllowedRolesCaveat(body, (0,msgpack_values/* asMask */.zN)(body.value(), 'a role mask', 32))
};
const isMemberDefinition = {
    type: 22n,
    name: 'IsMember',
    decode(body) {
        (0,msgpack_values/* asArray */._j)(body.value(), '[]');
        return new IsMemberCaveat(body);
    }
};

;// CONCATENATED MODULE: ./lib/token/caveats/source.js
// Where a request must come from: FromMachineSource (15, `[machineId]`) and FlySrc
// (31, `[org, app, instance]`, from the Fly-Src header; empty parts are not checked).



class FromMachineSourceCaveat extends caveats_caveat/* BaseCaveat */.WK {
    machineId;
    type = 15n;
    name = 'FromMachineSource';
    constructor(raw, machineId) {
        super(raw);
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
class FlySrcCaveat extends caveats_caveat/* BaseCaveat */.WK {
    organization;
    app;
    instance;
    type = 31n;
    name = 'FlySrc';
    constructor(raw, organization, app, instance) {
        super(raw);
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
const fromMachineSourceDefinition = {
    type: 15n,
    name: 'FromMachineSource',
    decode(body) {
        const [id] = (0,msgpack_values/* asArray */._j)(body.value(), '[machineId]', 1);
        return new FromMachineSourceCaveat(body, (0,msgpack_values/* asString */.oJ)(id, 'a machine id'));
    }
};
const flySrcDefinition = {
    type: 31n,
    name: 'FlySrc',
    decode(body) {
        const [org, app, instance] = (0,msgpack_values/* asArray */._j)(body.value(), '[org, app, instance]', 3);
        return new FlySrcCaveat(body, (0,msgpack_values/* asString */.oJ)(org, 'an org name'), (0,msgpack_values/* asString */.oJ)(app, 'an app name'), (0,msgpack_values/* asString */.oJ)(instance, 'an instance id'));
    }
};

;// CONCATENATED MODULE: ./lib/token/caveats/unregistered.js
// Any type number without a module (up to 2^64-1): kept with its raw bytes. Fly refuses every
// access through a caveat it does not know, so this caveat does too.




class UnregisteredCaveat extends caveats_caveat/* BaseCaveat */.WK {
    type;
    name = 'Unregistered';
    constructor(raw, type) {
        super(raw);
        this.type = type;
    }
    describe() {
        return { msgpack_hex: (0,json/* toHex */.nj)(this.raw), value: this.value() };
    }
    /** The decoded value when it is valid msgpack, else null (the hex still says everything). */
    value() {
        try {
            return (0,json/* jsonSafe */.yJ)((0,msgpack_values/* decodeValue */.wz)(this.raw));
        }
        catch {
            return null;
        }
    }
    prohibits() {
        return (0,access_model/* deny */.Xg)(`bad caveat (unregistered type ${this.type})`);
    }
}

;// CONCATENATED MODULE: ./lib/token/caveats/registry.js
// The caveat registry: type number -> module. Decoding a caveat array goes through here, so
// adding a caveat type is one definition and one line below.
















const DEFINITIONS = [
    organization/* organizationDefinition */.h, // 0
    volumesDefinition, // 2
    appsDefinition, // 3
    validity_window/* validityWindowDefinition */.M, // 4
    featureSetDefinition, // 5
    mutationsDefinition, // 6
    machinesDefinition, // 7
    confineUserDefinition, // 8
    confineOrganizationDefinition, // 9
    isUserDefinition, // 10
    thirdPartyDefinition, // 11
    bindToParentTokenDefinition, // 12
    ifPresentDefinition, // 13
    machineFeatureSetDefinition, // 14
    fromMachineSourceDefinition, // 15
    clustersDefinition, // 16
    confineGoogleHdDefinition, // 19
    confineGitHubOrgDefinition, // 20
    maxValidityDefinition, // 21
    isMemberDefinition, // 22
    flyioUserIdDefinition, // 23
    gitHubUserIdDefinition, // 24
    googleUserIdDefinition, // 25
    actionDefinition, // 26
    commandsDefinition, // 27
    appFeatureSetDefinition, // 28
    storageObjectsDefinition, // 29
    allowedRolesDefinition, // 30
    flySrcDefinition // 31
];
const BY_TYPE = new Map(DEFINITIONS.map(d => [d.type, d]));
/** Definitions by type number below 128 (the one-byte types), built on first use. */
let bySmallType = null;
function smallTypes() {
    if (bySmallType === null) {
        bySmallType = new Array(128).fill(undefined);
        for (const d of DEFINITIONS)
            if (d.type < 128n)
                bySmallType[Number(d.type)] = d;
    }
    return bySmallType;
}
/** The module for a type number, if it is registered. */
function caveatDefinition(type) {
    return BY_TYPE.get(type);
}
function registeredCaveatTypes() {
    return DEFINITIONS;
}
/**
 * A caveat body inside its set's bytes: the value is read in place when the caveat's module asks,
 * and the view of the body's bytes is made only if someone reads `raw` (a view per caveat was a
 * visible share of decoding, and most are never read).
 */
class LazyBody {
    bytes;
    start;
    end;
    view;
    constructor(bytes, start, end) {
        this.bytes = bytes;
        this.start = start;
        this.end = end;
    }
    get raw() {
        return (this.view ??= this.bytes.subarray(this.start, this.end));
    }
    value() {
        return (0,msgpack_values/* decodeValueIn */.R5)(this.bytes, this.start, this.end);
    }
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
    const bounds = (0,msgpack_scan/* arrayBounds */.Tm)(raw, 0);
    if (bounds === null)
        throw new msgpack_values/* ShapeError */.ym('a caveat array');
    const count = bounds.length - 1;
    if (count % 2 !== 0)
        throw new msgpack_values/* ShapeError */.ym('an even caveat array (type, body pairs)');
    const ctx = {
        depth,
        decodeSet: (nested, nestedDepth) => decodeCaveatSet(nested, options, nestedDepth)
    };
    const caveats = [];
    const bySmall = smallTypes();
    for (let i = 0; i < count; i += 2) {
        const typeStart = bounds[i];
        const typeEnd = bounds[i + 1];
        const bodyEnd = bounds[i + 2];
        const bodyStart = typeEnd;
        const position = i / 2;
        // Real type numbers are one-byte fixints: read in place (no view, no decoder, no bigint).
        const head = raw[typeStart] ?? 0xc1;
        const small = typeEnd === typeStart + 1 && head <= 0x7f;
        const type = small
            ? null
            : (0,msgpack_values/* asUint */.ZC)((0,msgpack_values/* decodeValue */.wz)(raw.subarray(typeStart, typeEnd)), 'a caveat type number');
        const body = new LazyBody(raw, bodyStart, bodyEnd);
        const definition = type === null ? bySmall[head] : caveatDefinition(type);
        if (definition === undefined) {
            const number = type ?? BigInt(head);
            options.onUnregistered(number);
            caveats.push(new UnregisteredCaveat(body.raw, number));
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
            throw new CaveatDecodeError(position, definition.name, expected);
        }
    }
    return caveats;
}

;// CONCATENATED MODULE: ./lib/token/macaroon.js



function fail(code, detail) {
    return { ok: false, code, detail };
}
function decodeNonce(bytes, start, end) {
    const fields = (0,msgpack_values/* asArray */._j)((0,msgpack_values/* decodeValueIn */.R5)(bytes, start, end), 'a nonce array');
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
    // A whole macaroon is 4 complete items filling the bytes: then the checks below all pass, and
    // its bytes need one walk, not two.
    const parts = (0,msgpack_scan/* arrayBounds */.Tm)(bytes, 0);
    if (parts === null || parts.length !== 5 || parts[4] !== bytes.length) {
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
        // The whole array scanned, so its elements did too: only their count can be wrong here.
        if (parts === null || parts.length !== 5) {
            return fail('bad-structure', `not a macaroon: expected 4 parts (nonce, location, caveats, tail), found ${top.count}`);
        }
    }
    // Part i runs from parts[i] to parts[i + 1]: nonce, location, caveats, tail.
    const [nonceAt, locationAt, caveatsAt, tailAt, end] = parts;
    const unregisteredTypes = [];
    let part = 'nonce';
    try {
        const nonce = decodeNonce(bytes, nonceAt, locationAt);
        part = 'location';
        const location = (0,msgpack_values/* asString */.oJ)((0,msgpack_values/* decodeValueIn */.R5)(bytes, locationAt, caveatsAt), 'a location string');
        part = 'caveats';
        const caveats = decodeCaveatSet(bytes.subarray(caveatsAt, tailAt), {
            onUnregistered: type => unregisteredTypes.push(type)
        });
        part = 'tail';
        const tail = (0,msgpack_values/* asBytes */.Yd)((0,msgpack_values/* decodeValueIn */.R5)(bytes, tailAt, end), 'signature bytes');
        return { ok: true, macaroon: { nonce, location, caveats, tail, unregisteredTypes } };
    }
    catch (error) {
        if (error instanceof CaveatDecodeError)
            return fail('bad-structure', error.message);
        const expected = error instanceof msgpack_values/* ShapeError */.ym ? error.expected : 'a valid value';
        return fail('bad-structure', `bad macaroon ${part}: expected ${expected}`);
    }
}

;// CONCATENATED MODULE: ./lib/token/pieces.js
// One comma-separated piece of a header: decode a macaroon piece (base64, then msgpack), or say
// precisely why a piece is not a token. Messages never quote the piece.




const NO_PROBLEMS = Object.freeze([]);
function decodeMacaroonPiece(piece, count) {
    // The piece's prefix is built only for a problem: most pieces decode.
    const fatal = (code, message) => ({
        problems: [problem(code, piecePrefix(piece.index, count) + message, true, piece.index)],
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
        const [code, message] = BASE64_MESSAGES[base64.failure];
        const spaced = base64.failure === 'bad-characters' && containsGoSpace(piece.body);
        return fatal(code, spaced ? 'contains whitespace inside the token' : message);
    }
    if (!result.ok)
        return { ...fatal(result.code, result.detail), lineBreaks: base64.hadLineBreaks };
    return { macaroon: result.macaroon, problems: NO_PROBLEMS, lineBreaks: base64.hadLineBreaks };
}
function pieceProblem(piece, count) {
    const prefix = piecePrefix(piece.index, count);
    if (piece.text === '') {
        return problem('empty-piece', `piece ${piece.index + 1} of ${count} is empty (a stray comma)`, true, piece.index);
    }
    if (piece.label === 'fo1') {
        const message = 'looks like a user token (fo1_) but is not fo1_ followed by 43 characters';
        return problem('unrecognised-piece', prefix + message, true, piece.index);
    }
    if (!piece.hasUnderscore) {
        return problem('no-underscore', `${prefix}no label (expected fm2_... or fo1_...)`, true, piece.index);
    }
    return problem('unknown-label', `${prefix}unknown label ${safeLabel(piece.label)}`, true, piece.index);
}

;// CONCATENATED MODULE: ./lib/token/decode.js
// Input string -> decoded bundle: header pieces, macaroons with roles, permission tokens paired
// with their discharges, problems and formatting hints. Pure and linear; never throws.







function tooLarge(text) {
    // Cheap bound first: UTF-8 needs at most 3 bytes per UTF-16 unit.
    return text.length * 3 > limits/* MAX_INPUT_BYTES */.su && Buffer.byteLength(text, 'utf8') > limits/* MAX_INPUT_BYTES */.su;
}
function emptyBundle(header, problems, fmt) {
    return {
        header,
        macaroons: [],
        userTokenCount: 0,
        grants: [],
        problems,
        formatting: fmt,
        malformed: true
    };
}
/** Decode an Authorization value, bundle or single token. */
function decodeToken(input) {
    const text = typeof input === 'string' ? input : '';
    if (tooLarge(text)) {
        const header = parseHeader('');
        const message = `token is too large (over ${limits/* MAX_INPUT_BYTES */.su} bytes); real Fly tokens are under 2 KiB`;
        return emptyBundle(header, [problem('too-large', message, true)], []);
    }
    const header = parseHeader(text);
    if (header.trimmed === '')
        return emptyBundle(header, [problem('empty', 'empty token', true)], []);
    const hasMacaroons = header.pieces.some(p => p.kind === 'macaroon');
    const fmt = headerFormatting(header, hasMacaroons);
    if (isSchemeOnly(header)) {
        return emptyBundle(header, [problem('scheme-only', 'only a scheme, no token', true)], fmt);
    }
    const problems = [];
    const decoded = [];
    let userTokenCount = 0;
    let lineBreaks = false;
    for (const piece of header.pieces) {
        if (piece.kind === 'oauth-user-token' || piece.kind === 'legacy-user-token') {
            userTokenCount++;
        }
        else if (piece.kind === 'macaroon') {
            const outcome = decodeMacaroonPiece(piece, header.pieces.length);
            for (const p of outcome.problems)
                problems.push(p);
            lineBreaks ||= outcome.lineBreaks;
            if (outcome.macaroon)
                decoded.push({ macaroon: outcome.macaroon, piece });
        }
        else {
            problems.push(pieceProblem(piece, header.pieces.length));
        }
    }
    if (lineBreaks)
        fmt.push(formatting('line-break-inside', FORMATTING_MESSAGES.lineBreak));
    if (problems.some(p => p.fatal))
        return emptyBundle(header, problems, fmt);
    const macaroons = assignRoles(decoded);
    const grants = pairGrants(macaroons);
    for (const p of relationProblems(macaroons, grants))
        problems.push(p);
    return { header, macaroons, userTokenCount, grants, problems, formatting: fmt, malformed: false };
}

// EXTERNAL MODULE: ./lib/token/time.js
var time = __nccwpck_require__(98140);
;// CONCATENATED MODULE: ./lib/token/relations.js
// What can be worked out offline between the macaroons of a bundle: expiry (earliest window
// anywhere, IfPresent included), creator, and whether every 3P caveat has its discharge.




function windowsOf(macaroon) {
    return caveatIndex(macaroon).windows;
}
/** Earliest not_after of one macaroon's own windows (the library's Expiration()). */
function macaroonExpiry(macaroon) {
    let earliest = null;
    for (const w of windowsOf(macaroon))
        if (earliest === null || w.notAfter < earliest)
            earliest = w.notAfter;
    return earliest === null ? null : (0,time/* isoFromUnix */.o)(earliest);
}
function summarizeExpiry(macaroons) {
    let earliest = null;
    let latestStart = null;
    // Nested loops rather than flatMap, which was a visible share of describing a token.
    for (const m of macaroons) {
        for (const w of windowsOf(m)) {
            if (earliest === null || w.notAfter < earliest.notAfter)
                earliest = w;
            if (latestStart === null || w.notBefore > latestStart)
                latestStart = w.notBefore;
        }
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
        const attested = caveatIndex(m).all.find(c => c instanceof FlyioUserIdCaveat);
        if (attested instanceof FlyioUserIdCaveat)
            return attested.userId.toString();
    }
    for (const m of macaroons) {
        const isUser = caveatIndex(m).all.find(c => c instanceof IsUserCaveat);
        if (isUser instanceof IsUserCaveat)
            return isUser.userId.toString();
    }
    return null;
}
/** True when every permission token's 3P caveat has its discharge; null when there is none. */
function dischargePaired(macaroons, grants) {
    if (!grants.some(g => caveatIndex(g.token).tickets.length > 0))
        return null;
    return undischargedTickets(macaroons, grants).length === 0;
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

;// CONCATENATED MODULE: ./lib/token/scrub.js
// Last line of defence against leaks: any string of an inspection that contains an 8-character
// window of the input is replaced. Decoded binary fields rendered as base64 (3P tickets, bindings)
// can line up with the token's own base64 text; this catches that and anything like it.


const REDACTED = '[redacted: matches the token text]';
const WINDOW = limits/* MIN_FRAGMENT_LENGTH */.vV;
const BASE = 31;
/** BASE^(WINDOW-1) mod 2^32: what the leaving character weighs in the rolling hash. */
const TOP = (() => {
    let top = 1;
    for (let i = 1; i < WINDOW; i++)
        top = Math.imul(top, BASE);
    return top;
})();
/** Tables up to this many slots are reused between calls (real headers need about 1,024). */
const SHARED_SLOTS = 4096;
let sharedStarts = new Int32Array(SHARED_SLOTS);
let sharedHashes = new Int32Array(SHARED_SLOTS);
let sharedStamps = new Int32Array(SHARED_SLOTS);
let generation = 0;
/**
 * Every distinct 8-character window of the input, held as start positions in an open-addressing
 * table keyed by a rolling hash: linear in the input, and no substring is ever allocated. Small
 * tables are shared scratch space (allocating and zeroing them cost more than the scan): a slot
 * counts only when its stamp is this call's generation, so nothing needs clearing between calls.
 */
class WindowSet {
    input;
    starts;
    hashes;
    stamps;
    stamp;
    mask;
    shift;
    constructor(input) {
        this.input = input;
        const count = input.length - WINDOW + 1;
        let bits = 4;
        while (1 << bits < count * 2)
            bits++;
        this.mask = (1 << bits) - 1;
        this.shift = 32 - bits;
        if (this.mask < SHARED_SLOTS) {
            if (generation >= 0x7fffffff) {
                sharedStarts = new Int32Array(SHARED_SLOTS);
                sharedHashes = new Int32Array(SHARED_SLOTS);
                sharedStamps = new Int32Array(SHARED_SLOTS);
                generation = 0;
            }
            this.stamp = ++generation;
            this.starts = sharedStarts;
            this.hashes = sharedHashes;
            this.stamps = sharedStamps;
        }
        else {
            this.stamp = 1;
            this.starts = new Int32Array(this.mask + 1);
            this.hashes = new Int32Array(this.mask + 1);
            this.stamps = new Int32Array(this.mask + 1);
        }
        let hash = 0;
        for (let i = 0; i < input.length; i++) {
            const code = input.charCodeAt(i);
            if (i >= WINDOW)
                hash = hash - Math.imul(input.charCodeAt(i - WINDOW), TOP);
            hash = (Math.imul(hash, BASE) + code) | 0;
            if (i >= WINDOW - 1)
                this.insert(hash, i - WINDOW + 1);
        }
    }
    same(start, text, at) {
        for (let k = 0; k < WINDOW; k++) {
            if (this.input.charCodeAt(start + k) !== text.charCodeAt(at + k))
                return false;
        }
        return true;
    }
    insert(hash, start) {
        let slot = Math.imul(hash, 0x9e3779b1) >>> this.shift;
        for (;;) {
            if (this.stamps[slot] !== this.stamp) {
                this.stamps[slot] = this.stamp;
                this.starts[slot] = start;
                this.hashes[slot] = hash;
                return;
            }
            // A repeated window is stored once, so runs like "AAAAAAAA..." keep probe chains short.
            if (this.hashes[slot] === hash && this.same(this.starts[slot] ?? 0, this.input, start))
                return;
            slot = (slot + 1) & this.mask;
        }
    }
    has(hash, text, at) {
        let slot = Math.imul(hash, 0x9e3779b1) >>> this.shift;
        for (;;) {
            if (this.stamps[slot] !== this.stamp)
                return false;
            if (this.hashes[slot] === hash && this.same(this.starts[slot] ?? 0, text, at))
                return true;
            slot = (slot + 1) & this.mask;
        }
    }
    /** Whether `text` contains any window of the input. */
    leaks(text) {
        if (text.length < WINDOW)
            return false;
        let hash = 0;
        for (let i = 0; i < text.length; i++) {
            const code = text.charCodeAt(i);
            if (i >= WINDOW)
                hash = hash - Math.imul(text.charCodeAt(i - WINDOW), TOP);
            hash = (Math.imul(hash, BASE) + code) | 0;
            if (i >= WINDOW - 1 && this.has(hash, text, i - WINDOW + 1))
                return true;
        }
        return false;
    }
}
/** Fields holding fixed vocabulary (kind, problem codes, roles), never token-derived text. */
function isVocabularyField(key) {
    return key === 'kind' || key === 'code' || key === 'role';
}
/** Native substring searches one input may spend before the window table is built instead. */
const SEARCHES = 8;
/** Bigram slots: char codes folded to 7 bits, so 128 x 128 pairs. */
const BIGRAM_SLOTS = 128 * 128;
/** One byte per pair holding the stamp of the last input that had it (0 = none yet). */
let sharedPairs = null;
let pairStamp = 0;
/**
 * The leak check for one input. Most strings of an inspection cannot contain a window of the
 * input, and a cheap pre-check proves it: every 8-character window of the input is a run of 7
 * consecutive character pairs (bigrams) that all occur in the input, so a string without such a
 * run holds no window. Only windows inside such runs get an exact check (see leaks), and the
 * window table is built only if many are needed. Folding char codes to 7 bits only merges pairs,
 * so the pre-check can pass too often but never too rarely: the scrub is exactly as strict as the
 * table alone. The pair table is shared scratch space (16 KiB, allocated on first use) stamped
 * per input: marking a pair is one store, and nothing is cleared except once every 255 inputs.
 */
class LeakCheck {
    input;
    pairs;
    stamp;
    windows = null;
    searches = 0;
    constructor(input) {
        this.input = input;
        const pairs = (sharedPairs ??= new Uint8Array(BIGRAM_SLOTS));
        if (pairStamp === 0xff) {
            pairs.fill(0);
            pairStamp = 0;
        }
        const stamp = ++pairStamp;
        let previous = input.charCodeAt(0) & 0x7f;
        for (let i = 1; i < input.length; i++) {
            const code = input.charCodeAt(i) & 0x7f;
            pairs[(previous << 7) | code] = stamp;
            previous = code;
        }
        this.pairs = pairs;
        this.stamp = stamp;
    }
    /** Whether the pair of characters ending at `at` occurs in the input. */
    hasPair(text, at) {
        const pair = ((text.charCodeAt(at - 1) & 0x7f) << 7) | (text.charCodeAt(at) & 0x7f);
        return this.pairs[pair] === this.stamp;
    }
    /**
     * Whether `text` contains any 8-character window of the input. A window is 7 consecutive pairs
     * (the pairs ending at its 2nd..8th characters), and any 7 consecutive pair positions include
     * exactly one multiple of 7: so only those positions are probed, and the run of present pairs
     * around a hit (at most 6 either side) is measured only then. A text is read about two
     * characters in seven, and every window of all-present pairs is still checked exactly once.
     * Such windows are first looked up with the engine's native substring search (a real leak is
     * usually found on the first try); after SEARCHES such lookups the table is built, so hostile
     * inputs with many near-misses stay linear.
     */
    leaks(text) {
        const span = WINDOW - 1;
        const last = text.length - 1;
        for (let at = span; at <= last; at += span) {
            if (!this.hasPair(text, at))
                continue;
            let from = at;
            while (from > at - span + 1 && from > 1 && this.hasPair(text, from - 1))
                from--;
            let to = at;
            while (to < at + span - 1 && to < last && this.hasPair(text, to + 1))
                to++;
            // Windows whose pairs all lie in from..to: they start one character before their first pair.
            for (let start = from - 1; start <= to - span; start++) {
                if (this.windows !== null)
                    return this.windows.leaks(text);
                if (this.searches >= SEARCHES) {
                    this.windows = new WindowSet(this.input);
                    return this.windows.leaks(text);
                }
                this.searches++;
                if (this.input.includes(text.slice(start, start + WINDOW)))
                    return true;
            }
        }
        return false;
    }
}
/** Scrubbed `value`; the very same value when nothing in it leaks (copy on write). */
function scrubValue(value, windows) {
    if (typeof value === 'string')
        return scrubString(value, windows);
    if (Array.isArray(value)) {
        let out;
        for (let i = 0; i < value.length; i++) {
            if (!(i in value))
                continue;
            const item = value[i];
            const scrubbed = scrubItem(item, windows);
            if (scrubbed !== item) {
                out ??= value.slice();
                out[i] = scrubbed;
            }
        }
        return out ?? value;
    }
    if (value !== null && typeof value === 'object') {
        const record = value;
        // Anything but a plain object (class instances, maps...) is flattened into a plain copy.
        if (Object.getPrototypeOf(value) !== Object.prototype) {
            return copyScrubbed(record, Object.keys(record), 0, windows);
        }
        // Plain objects (nearly all of an inspection) are first only read, with for-in: V8 serves
        // `record[key]` from the enum cache there, where a keys array meant megamorphic lookups.
        let index = 0;
        for (const key in record) {
            const item = record[key];
            const safeKey = scrubString(key, windows);
            const scrubbed = scrubbedField(key, item, windows);
            if (safeKey !== key || scrubbed !== item) {
                const keys = Object.keys(record);
                // for-in lists own keys first, in Object.keys order; an inherited key is not ours.
                if (keys[index] === key)
                    return copyScrubbed(record, keys, index, windows, safeKey, scrubbed);
            }
            index++;
        }
        return value;
    }
    return value;
}
/** Strings shorter than a window cannot hold one: they are settled before any call. */
function scrubString(text, windows) {
    return text.length >= WINDOW && windows.leaks(text) ? REDACTED : text;
}
/**
 * scrubValue for an array item or field, with strings and scalars settled here: most of an
 * inspection is short strings, numbers and booleans, which then cost no recursive call.
 */
function scrubItem(item, windows) {
    if (typeof item === 'string')
        return scrubString(item, windows);
    return item !== null && typeof item === 'object' ? scrubValue(item, windows) : item;
}
function scrubbedField(key, item, windows) {
    return typeof item === 'string' && isVocabularyField(key) ? item : scrubItem(item, windows);
}
/**
 * A plain copy of `record` with keys and values scrubbed: keys before `from` are known clean;
 * the field at `from` may come already scrubbed (so no subtree is scrubbed twice).
 */
function copyScrubbed(record, keys, from, windows, ...first) {
    const out = {};
    for (let i = 0; i < from; i++) {
        const key = keys[i] ?? '';
        (0,json/* setOwnField */.RV)(out, key, record[key]);
    }
    let i = from;
    if (first.length === 2) {
        (0,json/* setOwnField */.RV)(out, first[0], first[1]);
        i++;
    }
    for (; i < keys.length; i++) {
        const key = keys[i] ?? '';
        (0,json/* setOwnField */.RV)(out, scrubString(key, windows), scrubbedField(key, record[key], windows));
    }
    return out;
}
/** `value` with no string holding any 8-character window of `input` (copied only where needed). */
function scrubFragments(value, input) {
    if (input.length < limits/* MIN_FRAGMENT_LENGTH */.vV || input.length > limits/* MAX_INPUT_BYTES */.su)
        return value;
    return scrubValue(value, new LeakCheck(input));
}

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
/** Decimal text of the registered caveat types, made once: bigint toString is slow. */
const SMALL_TYPE_TEXT = Array.from({ length: 64 }, (_, type) => String(type));
function typeText(type) {
    // Only a bigint in 0..63 converts to a number in that range (larger ones stay large).
    const number = Number(type);
    return number >= 0 && number < SMALL_TYPE_TEXT.length
        ? (SMALL_TYPE_TEXT[number] ?? type.toString())
        : type.toString();
}
function describeMacaroons(decoded) {
    const paired = pairings(decoded.grants);
    return decoded.macaroons.map(m => ({
        role: m.role,
        location: m.location,
        label: m.label,
        caveats: m.caveats.map(c => ({ type: typeText(c.type), name: c.name, body: c.describe() })),
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
        problems.push(problem('analysis-limited', message, false));
    }
    if (budget.exhausted) {
        const message = 'the token is too complex to analyse fully: some access shown as none may be allowed';
        problems.push(problem('analysis-limited', message, false));
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
        return scrubFragments(inspectDecoded(decodeToken(text)), text);
    }
    catch {
        // Defensive: every known failure is a problem already; this keeps the promise of no throws.
        const message = 'the token could not be analysed (internal error)';
        return malformedInspection({
            problems: [problem('internal-error', message, true)],
            formatting: []
        });
    }
}

;// CONCATENATED MODULE: ./lib/token/fragments.js
// Every form in which a token's secret text could show up, for masking (core.setSecret) and for
// leak tests. Fragments shorter than MIN_FRAGMENT_LENGTH are dropped (they are not secrets and
// masking them would garble unrelated output).



function tokenFragments(input) {
    const text = typeof input === 'string' ? input : '';
    const found = new Set();
    const add = (fragment) => {
        if (fragment.length >= limits/* MIN_FRAGMENT_LENGTH */.vV)
            found.add(fragment);
    };
    const header = parseHeader(text);
    add(text.trim());
    add(header.trimmed);
    add(header.stripped);
    header.layers.forEach(add);
    // Scheme + secret forms only when the secret part is itself long enough to be one.
    const addWithScheme = (value) => {
        const secret = value.slice(value.indexOf(' ') + 1);
        if (secret.length >= limits/* MIN_FRAGMENT_LENGTH */.vV)
            add(value);
    };
    addWithScheme(`FlyV1 ${header.stripped}`);
    addWithScheme(`Bearer ${header.stripped}`);
    addWithScheme(normalizeHeader(text));
    addWithScheme(normalizeHeader(text, 'graphql'));
    const texts = header.pieces.map(p => p.text).filter(t => t !== '');
    add(texts.join(','));
    add(header.pieces
        .filter(p => p.kind === 'macaroon')
        .map(p => p.text)
        .join(','));
    for (const piece of header.pieces) {
        add(piece.text);
        add(piece.body);
        add(piece.body.replace(/=+$/, ''));
        add(piece.body.replace(/[\r\n]/g, ''));
    }
    // Multi-line values: runners mask line by line.
    for (const line of header.trimmed.split(/\r?\n/))
        add(goTrim(line));
    return [...found].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}

;// CONCATENATED MODULE: ./lib/token/index.js












/***/ }),

/***/ 92823:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R1: () => (/* binding */ jsonInteger),
/* harmony export */   RV: () => (/* binding */ setOwnField),
/* harmony export */   nj: () => (/* binding */ toHex),
/* harmony export */   yJ: () => (/* binding */ jsonSafe),
/* harmony export */   yN: () => (/* binding */ jsonBytes)
/* harmony export */ });
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(16485);
// JSON-safe renderings of decoded msgpack values (the library's JSON shapes, bigints kept exact).

/**
 * A JSON number when exactly representable, else its decimal string. Tested on the converted
 * number, without bigint comparisons: a bigint outside the safe range never converts to a safe
 * integer (rounding is monotonic and 2^53 itself is representable), and one inside converts exactly.
 */
function jsonInteger(value) {
    const number = Number(value);
    return Number.isSafeInteger(number) ? number : value.toString();
}
/** Go renders `[]byte` as standard base64 (and a nil slice as null). */
function jsonBytes(bytes) {
    // A view, not a copy: only read to render it.
    return bytes === null
        ? null
        : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}
const HEX_DIGITS = '0123456789abcdef';
/** Up to this many bytes, hex is built by hand: a Buffer view costs more than short text. */
const HAND_HEX_BYTES = 64;
function toHex(bytes) {
    if (bytes.length > HAND_HEX_BYTES) {
        return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
    }
    let out = '';
    for (let i = 0; i < bytes.length; i++) {
        const byte = bytes[i] ?? 0;
        out += HEX_DIGITS.charAt(byte >>> 4) + HEX_DIGITS.charAt(byte & 0x0f);
    }
    return out;
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
        return '…';
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
/**
 * Adds an own data field as Object.fromEntries would (in order; a repeated key keeps its first
 * place and takes the new value), without a pair array per field. `__proto__` is defined rather
 * than assigned: assigning it would set the prototype instead.
 */
function setOwnField(out, key, value) {
    if (key === '__proto__') {
        Object.defineProperty(out, key, {
            value,
            writable: true,
            enumerable: true,
            configurable: true
        });
    }
    else {
        out[key] = value;
    }
}


/***/ }),

/***/ 16485:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Lo: () => (/* binding */ MAX_IF_PRESENT_DEPTH),
/* harmony export */   MS: () => (/* binding */ MAX_CAVEAT_EVALUATIONS),
/* harmony export */   QJ: () => (/* binding */ MAX_RENDER_DEPTH),
/* harmony export */   Wz: () => (/* binding */ MAX_PROBED_RESOURCES),
/* harmony export */   su: () => (/* binding */ MAX_INPUT_BYTES),
/* harmony export */   vV: () => (/* binding */ MIN_FRAGMENT_LENGTH)
/* harmony export */ });
// Hard limits that keep the decoder linear in its input and safe on hostile data.
/** Inputs above this many UTF-8 bytes are refused before any decoding (real headers are < 2 KiB). */
const MAX_INPUT_BYTES = 65536;
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

/***/ 40259:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ho: () => (/* binding */ arrayHeader),
/* harmony export */   Tm: () => (/* binding */ arrayBounds),
/* harmony export */   ut: () => (/* binding */ arrayItems),
/* harmony export */   zc: () => (/* binding */ scanItem)
/* harmony export */ });
// A tiny MessagePack walker that finds where each item ends without building values.
// It lets the decoder keep each caveat body's exact bytes, and tells "cut off" from "not msgpack"
// before @msgpack/msgpack allocates anything. Iterative and linear: one pass, a counter, no stack.
/** What a head byte's length counts. */
const NONE = 0;
const BYTES = 1;
const ITEMS = 2;
const PAIRS = 3;
/** scanEnd failures (ends are never negative). */
const TRUNCATED = -1;
const INVALID = -2;
function readLength(bytes, at, size) {
    let value = 0;
    for (let i = 0; i < size; i++)
        value = value * 256 + (bytes[at + i] ?? 0);
    return value;
}
/**
 * Where the item starting at `start` ends (exclusive), or TRUNCATED / INVALID. Each head byte
 * is decoded into plain locals (no object per item): this walk runs over every byte of a token.
 */
function scanEnd(bytes, start) {
    let pos = start;
    let pending = 1;
    while (pending > 0) {
        const byte = bytes[pos];
        if (byte === undefined)
            return TRUNCATED;
        // Bytes after the head byte holding a length; fixed payload bytes after that; what the
        // length counts; a length carried in the head byte itself (fix* formats).
        let lengthBytes = 0;
        let fixed = 0;
        let counts = NONE;
        let inline = 0;
        if (byte <= 0x7f || byte >= 0xe0) {
            // positive / negative fixint
        }
        else if (byte <= 0x8f) {
            counts = PAIRS;
            inline = byte & 0x0f;
        }
        else if (byte <= 0x9f) {
            counts = ITEMS;
            inline = byte & 0x0f;
        }
        else if (byte <= 0xbf) {
            counts = BYTES;
            inline = byte & 0x1f;
        }
        else {
            switch (byte) {
                case 0xc0: // nil
                case 0xc2: // false
                case 0xc3: // true
                    break;
                case 0xc4: // bin 8/16/32
                case 0xd9: // str 8/16/32
                    lengthBytes = 1;
                    counts = BYTES;
                    break;
                case 0xc5:
                case 0xda:
                    lengthBytes = 2;
                    counts = BYTES;
                    break;
                case 0xc6:
                case 0xdb:
                    lengthBytes = 4;
                    counts = BYTES;
                    break;
                case 0xc7: // ext 8/16/32: length, then a type byte
                    lengthBytes = 1;
                    fixed = 1;
                    counts = BYTES;
                    break;
                case 0xc8:
                    lengthBytes = 2;
                    fixed = 1;
                    counts = BYTES;
                    break;
                case 0xc9:
                    lengthBytes = 4;
                    fixed = 1;
                    counts = BYTES;
                    break;
                case 0xca: // float 32/64
                    fixed = 4;
                    break;
                case 0xcb:
                    fixed = 8;
                    break;
                case 0xcc: // uint/int 8..64
                case 0xd0:
                    fixed = 1;
                    break;
                case 0xcd:
                case 0xd1:
                    fixed = 2;
                    break;
                case 0xce:
                case 0xd2:
                    fixed = 4;
                    break;
                case 0xcf:
                case 0xd3:
                    fixed = 8;
                    break;
                case 0xd4: // fixext 1/2/4/8/16: type byte + data
                    fixed = 2;
                    break;
                case 0xd5:
                    fixed = 3;
                    break;
                case 0xd6:
                    fixed = 5;
                    break;
                case 0xd7:
                    fixed = 9;
                    break;
                case 0xd8:
                    fixed = 17;
                    break;
                case 0xdc: // array 16/32
                    lengthBytes = 2;
                    counts = ITEMS;
                    break;
                case 0xdd:
                    lengthBytes = 4;
                    counts = ITEMS;
                    break;
                case 0xde: // map 16/32
                    lengthBytes = 2;
                    counts = PAIRS;
                    break;
                case 0xdf:
                    lengthBytes = 4;
                    counts = PAIRS;
                    break;
                default: // 0xc1 is never used
                    return INVALID;
            }
        }
        pos += 1;
        pending -= 1;
        if (pos + lengthBytes > bytes.length)
            return TRUNCATED;
        const length = lengthBytes ? readLength(bytes, pos, lengthBytes) : inline;
        pos += lengthBytes + fixed;
        if (counts === BYTES)
            pos += length;
        else if (counts === ITEMS)
            pending += length;
        else if (counts === PAIRS)
            pending += 2 * length;
        // Every pending item needs at least one byte: a length claiming more is a cut-off token.
        if (pos > bytes.length || pending > bytes.length - pos)
            return TRUNCATED;
    }
    return pos;
}
/** Where the item starting at `start` ends (exclusive), or why it cannot be read. */
function scanItem(bytes, start) {
    const end = scanEnd(bytes, start);
    if (end >= 0)
        return { ok: true, end };
    return { ok: false, failure: end === TRUNCATED ? 'truncated' : 'invalid' };
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
/**
 * Where an array's elements begin and end, flat: element i is `bounds[i]` to `bounds[i + 1]`
 * (one array for the whole list, not a pair per element: hot decoders walk these). Null when
 * `start` is not a complete array.
 */
function arrayBounds(bytes, start) {
    const header = arrayHeader(bytes, start);
    if (header === null)
        return null;
    let pos = header.first;
    const bounds = [pos];
    for (let i = 0; i < header.count; i++) {
        pos = scanEnd(bytes, pos);
        if (pos < 0)
            return null;
        bounds.push(pos);
    }
    return bounds;
}
/** Byte ranges of an array's elements; null when `start` is not a complete array. */
function arrayItems(bytes, start) {
    const bounds = arrayBounds(bytes, start);
    if (bounds === null)
        return null;
    const items = [];
    for (let i = 0; i + 1 < bounds.length; i++)
        items.push([bounds[i] ?? 0, bounds[i + 1] ?? 0]);
    return items;
}


/***/ }),

/***/ 88941:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ym: () => (/* binding */ ShapeError),
  _j: () => (/* binding */ asArray),
  XL: () => (/* binding */ asBool),
  Yd: () => (/* binding */ asBytes),
  Ae: () => (/* binding */ asInt),
  xH: () => (/* binding */ asMapEntries),
  zN: () => (/* binding */ asMask),
  _V: () => (/* binding */ asOptionalArray),
  gJ: () => (/* binding */ asOptionalBytes),
  oJ: () => (/* binding */ asString),
  ZC: () => (/* binding */ asUint),
  wz: () => (/* binding */ decodeValue),
  R5: () => (/* binding */ decodeValueIn),
  bE: () => (/* binding */ stringKey),
  MZ: () => (/* binding */ uintKey)
});

// EXTERNAL MODULE: ./node_modules/@msgpack/msgpack/dist.cjs/index.cjs
var dist_cjs = __nccwpck_require__(76435);
// EXTERNAL MODULE: ./lib/token/limits.js
var limits = __nccwpck_require__(16485);
;// CONCATENATED MODULE: ./lib/token/msgpack-read.js
// A small MessagePack value reader for the common shapes of Fly tokens: nil, booleans, integers,
// ASCII strings, binary, arrays and maps. Anything else (floats, extensions, non-ASCII text,
// deep nesting, trailing or missing bytes) is left to @msgpack/msgpack, so every value is exactly
// what that decoder returns. Why: the decoder's per-call setup cost more than the values of a
// caveat body (a few bytes each), and a token decodes dozens of them.

/** Nesting this reader handles itself (recursion); deeper values go to the library. */
const MAX_DEPTH = 32;
/** Up to this length, text is built a character at a time. */
const SHORT_TEXT = 16;
/** Decodes checked-ASCII bytes (ASCII reads the same in every decoder's table); made on first use. */
let ascii = null;
/** Thrown inside the reader when the library must decide; never escapes this module. */
const HAND_OVER = Symbol('hand over');
/** Map keys tagged as msgpack-values' decoder does (`s` string, `n` number, `x` other). */
function tagKey(key) {
    if (typeof key === 'string')
        return `s${key}`;
    if (typeof key === 'number' || typeof key === 'bigint')
        return `n${String(key)}`;
    return 'x';
}
class Reader {
    bytes;
    pos = 0;
    view = null;
    constructor(bytes, start) {
        this.bytes = bytes;
        this.pos = start;
    }
    need(count) {
        if (this.pos + count > this.bytes.length)
            throw HAND_OVER;
    }
    u8() {
        this.need(1);
        return this.bytes[this.pos++] ?? 0;
    }
    uint(size) {
        this.need(size);
        let value = 0;
        for (let i = 0; i < size; i++)
            value = value * 256 + (this.bytes[this.pos + i] ?? 0);
        this.pos += size;
        return value;
    }
    dataView() {
        const b = this.bytes;
        return (this.view ??= new DataView(b.buffer, b.byteOffset, b.byteLength));
    }
    big(signed) {
        this.need(8);
        const at = this.pos;
        this.pos += 8;
        return signed ? this.dataView().getBigInt64(at) : this.dataView().getBigUint64(at);
    }
    signed(size) {
        this.need(size);
        const at = this.pos;
        this.pos += size;
        const view = this.dataView();
        return size === 1 ? view.getInt8(at) : size === 2 ? view.getInt16(at) : view.getInt32(at);
    }
    text(length) {
        this.need(length);
        const start = this.pos;
        const end = start + length;
        // Longer ASCII text (URLs) in one native call; short text does not pay for the view.
        const whole = length > SHORT_TEXT;
        let out = '';
        for (let i = start; i < end; i++) {
            const byte = this.bytes[i] ?? 0;
            // UTF-8 decoding (and its handling of bad sequences) is the library's business.
            if (byte >= 0x80)
                throw HAND_OVER;
            if (!whole)
                out += String.fromCharCode(byte);
        }
        this.pos = end;
        if (!whole)
            return out;
        ascii ??= new TextDecoder('latin1');
        return ascii.decode(this.bytes.subarray(start, end));
    }
    binary(length) {
        this.need(length);
        const start = this.pos;
        this.pos += length;
        // A view, as the library returns.
        return this.bytes.subarray(start, start + length);
    }
    array(count, depth) {
        if (count > limits/* MAX_INPUT_BYTES */.su)
            throw HAND_OVER;
        const out = [];
        for (let i = 0; i < count; i++)
            out.push(this.value(depth + 1));
        return out;
    }
    map(count, depth) {
        if (count > limits/* MAX_INPUT_BYTES */.su)
            throw HAND_OVER;
        const out = {};
        for (let i = 0; i < count; i++) {
            const key = this.value(depth + 1);
            // The library refuses this key outright.
            if (key === '__proto__')
                throw HAND_OVER;
            out[tagKey(key)] = this.value(depth + 1);
        }
        return out;
    }
    value(depth) {
        if (depth > MAX_DEPTH)
            throw HAND_OVER;
        const head = this.u8();
        if (head <= 0x7f)
            return head;
        if (head >= 0xe0)
            return head - 0x100;
        if (head <= 0x8f)
            return this.map(head & 0x0f, depth);
        if (head <= 0x9f)
            return this.array(head & 0x0f, depth);
        if (head <= 0xbf)
            return this.text(head & 0x1f);
        switch (head) {
            case 0xc0:
                return null;
            case 0xc2:
                return false;
            case 0xc3:
                return true;
            case 0xc4:
                return this.binary(this.uint(1));
            case 0xc5:
                return this.binary(this.uint(2));
            case 0xc6:
                return this.binary(this.uint(4));
            case 0xcc:
                return this.uint(1);
            case 0xcd:
                return this.uint(2);
            case 0xce:
                return this.uint(4);
            case 0xcf:
                return this.big(false);
            case 0xd0:
                return this.signed(1);
            case 0xd1:
                return this.signed(2);
            case 0xd2:
                return this.signed(4);
            case 0xd3:
                return this.big(true);
            case 0xd9:
                return this.text(this.uint(1));
            case 0xda:
                return this.text(this.uint(2));
            case 0xdb:
                return this.text(this.uint(4));
            case 0xdc:
                return this.array(this.uint(2), depth);
            case 0xdd:
                return this.array(this.uint(4), depth);
            case 0xde:
                return this.map(this.uint(2), depth);
            case 0xdf:
                return this.map(this.uint(4), depth);
            default: // floats, extensions, 0xc1
                throw HAND_OVER;
        }
    }
}
/**
 * The value of `bytes.subarray(start, end)` (exactly one item, nothing after it) when this reader
 * can produce it as @msgpack/msgpack would (with useBigInt64 and tagged map keys); `undefined`
 * when the library has to decide (including every case where it would throw). Read in place (a
 * view per value was a visible share of decoding): binary values are views of `bytes`, and a
 * value running past `end` is handed over like one cut off.
 */
function readSimpleValueIn(bytes, start, end) {
    const reader = new Reader(bytes, start);
    try {
        const value = reader.value(0);
        return reader.pos === end ? value : undefined;
    }
    catch (error) {
        if (error === HAND_OVER)
            return undefined;
        throw error;
    }
}

;// CONCATENATED MODULE: ./lib/token/msgpack-values.js
// Decoding msgpack values with @msgpack/msgpack, plus the shape checks the caveat modules share.
// Map keys are tagged (`s` string, `n` number, `x` other) so a caveat can tell `{1: r}` from `{"1": r}`
// as Go's typed decoder does, and no key can collide with Object.prototype.



/** A body that does not have the shape its type requires (Fly's decoder would reject the token). */
class ShapeError extends Error {
    expected;
    constructor(expected) {
        super(`expected ${expected}`);
        this.expected = expected;
    }
}
function msgpack_values_tagKey(key) {
    if (typeof key === 'string')
        return `s${key}`;
    if (typeof key === 'number' || typeof key === 'bigint')
        return `n${String(key)}`;
    return 'x';
}
const decoder = new dist_cjs/* Decoder */.XM({
    useBigInt64: true,
    mapKeyConverter: msgpack_values_tagKey,
    maxArrayLength: limits/* MAX_INPUT_BYTES */.su,
    maxMapLength: limits/* MAX_INPUT_BYTES */.su,
    maxStrLength: limits/* MAX_INPUT_BYTES */.su,
    maxBinLength: limits/* MAX_INPUT_BYTES */.su,
    maxExtLength: limits/* MAX_INPUT_BYTES */.su
});
/** Decode one complete item (already bounded by the scanner); any decoder complaint is a shape error. */
function decodeValue(bytes) {
    return decodeValueIn(bytes, 0, bytes.length);
}
/** decodeValue of `bytes.subarray(start, end)`, without making the view in the common case. */
function decodeValueIn(bytes, start, end) {
    const simple = readSimpleValueIn(bytes, start, end);
    if (simple !== undefined)
        return simple;
    try {
        return decoder.decode(bytes.subarray(start, end));
    }
    catch {
        throw new ShapeError('valid MessagePack');
    }
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
function asInt(value, expected) {
    if (typeof value === 'bigint')
        return value;
    if (typeof value === 'number' && Number.isSafeInteger(value))
        return BigInt(value);
    throw new ShapeError(expected);
}
/** An Action/Role-sized unsigned mask, as a number. */
function asMask(value, expected, bits) {
    // Masks are small numbers: the low bits of a safe integer need no bigint. (`>>> 0` keeps
    // them as ToUint32 does, modulo 2^32.)
    if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) {
        return bits === 16 ? value & 0xffff : value >>> 0;
    }
    const n = asUint(value, expected);
    return Number(n & (bits === 16 ? 0xffffn : 0xffffffffn));
}
function asString(value, expected) {
    if (typeof value !== 'string')
        throw new ShapeError(expected);
    return value;
}
function asBytes(value, expected) {
    if (!(value instanceof Uint8Array))
        throw new ShapeError(expected);
    return value;
}
function asOptionalBytes(value, expected) {
    return value === null ? null : asBytes(value, expected);
}
function asBool(value, expected) {
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
    if (!tagged.startsWith('n') || !/^n\d+$/.test(tagged))
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

/***/ 98140:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ isoFromUnix)
/* harmony export */ });
// Unix seconds to ISO-8601 UTC without milliseconds; clamped to what a JS Date can hold.
const MAX_DATE_SECONDS = 8_640_000_000_000;
const SECONDS_PER_DAY = 86_400;
const ZERO = 48;
const DASH = 45;
const COLON = 58;
const LETTER_T = 84;
const LETTER_Z = 90;
/** The char codes of `n` (0-99) as two digits. */
function tens(n) {
    return ZERO + Math.floor(n / 10);
}
function units(n) {
    return ZERO + (n % 10);
}
/**
 * Years 0000-9999 as Date.toISOString prints them, by arithmetic (Hinnant's civil_from_days):
 * a Date and its ISO text per call were a visible share of an inspection. Null outside that
 * range, where toISOString switches to signed 6-digit years.
 */
function civilIso(seconds) {
    const days = Math.floor(seconds / SECONDS_PER_DAY);
    const secondOfDay = seconds - days * SECONDS_PER_DAY;
    const z = days + 719_468;
    const era = Math.floor(z / 146_097);
    const dayOfEra = z - era * 146_097;
    const yearOfEra = Math.floor((dayOfEra -
        Math.floor(dayOfEra / 1460) +
        Math.floor(dayOfEra / 36_524) -
        Math.floor(dayOfEra / 146_096)) /
        365);
    const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
    const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
    const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
    const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
    const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 0 || year > 9999)
        return null;
    const hour = Math.floor(secondOfDay / 3600);
    const minute = Math.floor((secondOfDay % 3600) / 60);
    const second = secondOfDay % 60;
    const century = Math.floor(year / 100);
    const yearOfCentury = year % 100;
    // One flat string from char codes: a template of padded pieces cost half again as much, and
    // made a rope that the leak scrub then had to flatten.
    return String.fromCharCode(tens(century), units(century), tens(yearOfCentury), units(yearOfCentury), DASH, tens(month), units(month), DASH, tens(day), units(day), LETTER_T, tens(hour), units(hour), COLON, tens(minute), units(minute), COLON, tens(second), units(second), LETTER_Z);
}
function isoFromUnix(seconds) {
    // Clamped after conversion (bigint comparisons cost more): rounding is monotonic and the bound
    // is exactly representable, so this clamps exactly where the bigint comparison would.
    const converted = Number(seconds);
    const whole = converted > MAX_DATE_SECONDS
        ? MAX_DATE_SECONDS
        : converted < -MAX_DATE_SECONDS
            ? -MAX_DATE_SECONDS
            : converted;
    return civilIso(whole) ?? dateIso(whole);
}
function dateIso(whole) {
    // Whole seconds, so the ISO text always ends in ".000Z": cut it rather than search for it.
    const iso = new Date(whole * 1000).toISOString();
    return `${iso.slice(0, -5)}Z`;
}


/***/ }),

/***/ 30791:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   JP: () => (/* binding */ sortCapabilities),
/* harmony export */   Pr: () => (/* binding */ meaningOf),
/* harmony export */   qW: () => (/* binding */ CAPABILITY_ORDER)
/* harmony export */ });
const m = (capabilities, target, remote = null) => ({
    capabilities,
    target,
    remote
});
const TABLE = {
    deploy: m(['deploy'], 'app'),
    status: m(['read'], 'app'),
    logs: m(['read'], 'app'),
    releases: m(['read'], 'app'),
    dashboard: m(['read'], 'app'),
    open: m(['read'], 'app'),
    checks: m(['read'], 'app'),
    services: m(['read'], 'app'),
    proxy: m(['proxy'], 'app'),
    console: m(['deploy', 'ssh'], 'app', 'ssh'),
    sftp: m(['ssh'], 'app'),
    dig: m(['proxy'], 'none'),
    ping: m(['proxy'], 'none'),
    'apps create': m(['create-app', 'org'], 'create'),
    'apps destroy': m(['destroy-app', 'org'], 'args-or-app'),
    'apps list': m(['read'], 'none'),
    'apps restart': m(['deploy'], 'args-or-app'),
    'apps move': m(['org'], 'args-or-app'),
    'apps open': m(['read'], 'app'),
    'apps releases': m(['read'], 'app'),
    'apps errors': m(['read'], 'app'),
    'apps show': m(['read'], 'args-or-app'),
    'apps set-platform-version': m(['deploy'], 'app'),
    'secrets set': m(['secrets'], 'app'),
    'secrets unset': m(['secrets'], 'app'),
    'secrets import': m(['secrets'], 'app'),
    'secrets deploy': m(['secrets'], 'app'),
    'secrets sync': m(['secrets'], 'app'),
    'secrets list': m(['read'], 'app'),
    'secrets keys': m(['read'], 'app'),
    'ssh console': m(['ssh'], 'app', 'ssh'),
    'ssh sftp': m(['ssh'], 'app'),
    'ssh issue': m(['ssh', 'org'], 'none'),
    'ssh log': m(['read'], 'none'),
    'machine exec': m(['machine-exec'], 'app', 'exec'),
    'machine run': m(['deploy'], 'app'),
    'machine create': m(['deploy'], 'app'),
    'machine clone': m(['deploy'], 'app'),
    'machine start': m(['deploy'], 'app'),
    'machine stop': m(['deploy'], 'app'),
    'machine restart': m(['deploy'], 'app'),
    'machine destroy': m(['deploy'], 'app'),
    'machine update': m(['deploy'], 'app'),
    'machine kill': m(['deploy'], 'app'),
    'machine cordon': m(['deploy'], 'app'),
    'machine uncordon': m(['deploy'], 'app'),
    'machine suspend': m(['deploy'], 'app'),
    'machine leases': m(['deploy'], 'app'),
    'machine place': m(['read'], 'none'),
    'machine egress-ip': m(['deploy'], 'app'),
    'machine list': m(['read'], 'app'),
    'machine status': m(['read'], 'app'),
    'machine api-proxy': m(['proxy'], 'none'),
    'scale count': m(['scale'], 'app'),
    'scale vm': m(['scale'], 'app'),
    'scale memory': m(['scale'], 'app'),
    'scale show': m(['read'], 'app'),
    scale: m(['scale'], 'app'),
    'postgres create': m(['create-app', 'org'], 'pg-create'),
    'postgres attach': m(['secrets', 'ssh'], 'attach'),
    'postgres detach': m(['secrets', 'ssh'], 'attach'),
    'postgres connect': m(['ssh'], 'app'),
    'postgres db': m(['ssh'], 'app'),
    'postgres users': m(['ssh'], 'app'),
    'postgres config': m(['ssh'], 'app'),
    'postgres failover': m(['ssh'], 'app'),
    'postgres backup': m(['ssh'], 'app'),
    'postgres import': m(['ssh'], 'app'),
    'postgres barman': m(['ssh'], 'app'),
    'postgres renew-certs': m(['ssh'], 'app'),
    'postgres restart': m(['deploy'], 'app'),
    'postgres events': m(['read'], 'app'),
    'postgres list': m(['read'], 'none'),
    'mpg create': m(['org'], 'none'),
    'mpg destroy': m(['org'], 'none'),
    'mpg attach': m(['secrets', 'org'], 'app'),
    'mpg connect': m(['proxy'], 'none'),
    'mpg proxy': m(['proxy'], 'none'),
    'mpg list': m(['read'], 'none'),
    'mpg status': m(['read'], 'none'),
    'mpg databases': m(['read'], 'none'),
    'mpg users': m(['read'], 'none'),
    'mpg backups': m(['read'], 'none'),
    'volumes create': m(['deploy'], 'app'),
    'volumes destroy': m(['deploy'], 'app'),
    'volumes extend': m(['deploy'], 'app'),
    'volumes update': m(['deploy'], 'app'),
    'volumes fork': m(['deploy'], 'app'),
    'volumes list': m(['read'], 'app'),
    'volumes show': m(['read'], 'app'),
    'volumes snapshots': m(['read'], 'app'),
    'config show': m(['read'], 'app'),
    'config save': m(['read'], 'app'),
    'config env': m(['read'], 'app'),
    'config display': m(['read'], 'app'),
    'config validate': m(['read'], 'app'),
    'image show': m(['read'], 'app'),
    'image update': m(['deploy'], 'app'),
    'ips list': m(['read'], 'app'),
    'ips private': m(['read'], 'app'),
    'ips allocate': m(['deploy'], 'app'),
    'ips allocate-v4': m(['deploy'], 'app'),
    'ips allocate-v6': m(['deploy'], 'app'),
    'ips release': m(['deploy'], 'app'),
    'certs list': m(['read'], 'app'),
    'certs show': m(['read'], 'app'),
    'certs check': m(['read'], 'app'),
    'certs add': m(['deploy'], 'app'),
    'certs remove': m(['deploy'], 'app'),
    'certs setup': m(['deploy'], 'app'),
    'tokens create': m(['org'], 'none'),
    'tokens revoke': m(['org'], 'none'),
    'tokens attenuate': m(['org'], 'none'),
    'tokens list': m(['read'], 'none'),
    'wireguard create': m(['org'], 'none'),
    'wireguard remove': m(['org'], 'none'),
    'wireguard reset': m(['org'], 'none'),
    'wireguard token': m(['org'], 'none'),
    'wireguard websockets': m(['org'], 'none'),
    'wireguard list': m(['read'], 'none'),
    'wireguard status': m(['read'], 'none'),
    'orgs list': m(['read'], 'none'),
    'orgs show': m(['read'], 'none'),
    'orgs create': m(['org'], 'none'),
    'orgs delete': m(['org'], 'none'),
    'orgs invite': m(['org'], 'none'),
    redis: m(['org'], 'none'),
    tigris: m(['org'], 'none'),
    storage: m(['org'], 'none'),
    consul: m(['org'], 'none'),
    extensions: m(['org'], 'none')
};
/** Capability order, narrowest first (as in `Capability`). */
const CAPABILITY_ORDER = [
    'read',
    'deploy',
    'secrets',
    'scale',
    'ssh',
    'machine-exec',
    'proxy',
    'create-app',
    'destroy-app',
    'org'
];
function sortCapabilities(caps) {
    const set = new Set(caps);
    return CAPABILITY_ORDER.filter(c => set.has(c));
}
/**
 * Meaning of a canonical subcommand path (`['apps', 'create']`); null when the command needs no
 * capability or is unknown. `launch` depends on its flags: `--no-deploy` drops `deploy`.
 */
function meaningOf(path, flagNames = []) {
    if (path.length === 0)
        return null;
    if (path[0] === 'launch') {
        const capabilities = ['create-app', 'org'];
        if (!flagNames.includes('no-deploy') && !flagNames.includes('build-only'))
            capabilities.push('deploy');
        return m(sortCapabilities(capabilities), 'launch');
    }
    const full = TABLE[path.join(' ')];
    if (full)
        return full;
    // A group with an unknown or missing subcommand (`fly secrets`, `fly scale`): the group entry.
    return path.length === 1 ? (TABLE[path[0] ?? ''] ?? null) : null;
}


/***/ }),

/***/ 60544:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Mk: () => (/* binding */ unknownNeeds),
/* harmony export */   ae: () => (/* binding */ NeedsInputError),
/* harmony export */   hJ: () => (/* binding */ needsFromInputs),
/* harmony export */   nq: () => (/* binding */ findWorkflowForRef),
/* harmony export */   pn: () => (/* binding */ isAutoNeeds)
/* harmony export */ });
/* unused harmony export isCapability */
/* harmony import */ var _capabilities_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(30791);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4536);
// The action's `apps` / `needs` inputs, and finding the running workflow from GITHUB_WORKFLOW_REF.


/** A `needs` input names something that is not a capability. */
class NeedsInputError extends Error {
    invalid;
    name = 'NeedsInputError';
    constructor(
    /** The offending values, as given (trimmed). */
    invalid, message) {
        super(message);
        this.invalid = invalid;
    }
}
/** Echoes what the user gave, but never a pasted token and never a wall of text. */
function shown(value) {
    const safe = (0,_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redactTokenLiterals */ .T)(value);
    return safe.length > 40 ? `${safe.slice(0, 37)}...` : safe;
}
/** Splits `a, b` / multi-line input values into trimmed, non-empty items. */
function items(values) {
    return values
        .flatMap(v => v.split(/[\s,]+/))
        .map(v => v.trim())
        .filter(v => v !== '');
}
function isCapability(value) {
    return _capabilities_js__WEBPACK_IMPORTED_MODULE_0__/* .CAPABILITY_ORDER */ .qW.includes(value);
}
/** `auto` (or nothing) means "infer from the workflow". */
function isAutoNeeds(needs) {
    const list = items(needs).map(v => v.toLowerCase());
    return list.length === 0 || (list.length === 1 && list[0] === 'auto');
}
/**
 * Needs from the action's inputs. `apps`: app names (comma/space/newline separated). `needs`:
 * `auto` or capability names. With `auto`, the capabilities come from `inferred` (when given)
 * and `apps`, if set, replace the inferred apps. Throws `NeedsInputError` for names that are
 * not capabilities (the message lists the valid ones).
 */
function needsFromInputs(apps, needs, inferred) {
    const appList = [...new Set(items(apps))].sort();
    const given = items(needs);
    const names = given.map(v => v.toLowerCase());
    const valid = _capabilities_js__WEBPACK_IMPORTED_MODULE_0__/* .CAPABILITY_ORDER */ .qW.join(', ');
    if (names.includes('auto') && names.length > 1) {
        throw new NeedsInputError(given.filter(n => n.toLowerCase() !== 'auto').map(shown), `needs: "auto" cannot be combined with capability names; use "auto" alone or list capabilities (${valid})`);
    }
    const invalid = given
        .filter(n => n.toLowerCase() !== 'auto' && !isCapability(n.toLowerCase()))
        .map(shown);
    if (invalid.length > 0) {
        throw new NeedsInputError(invalid, `needs: unknown capability ${invalid.map(n => JSON.stringify(n)).join(', ')}; valid values are auto or ${valid}`);
    }
    if (isAutoNeeds(needs)) {
        const base = inferred ?? unknownNeeds();
        if (appList.length === 0)
            return base;
        return { ...base, apps: appList, unknownApps: false, source: 'input' };
    }
    return {
        apps: appList.length > 0 ? appList : (inferred?.apps ?? []),
        capabilities: (0,_capabilities_js__WEBPACK_IMPORTED_MODULE_0__/* .sortCapabilities */ .JP)(names.filter(isCapability)),
        unknownApps: appList.length > 0 ? false : (inferred?.unknownApps ?? false),
        commands: inferred?.commands ?? [],
        evidence: [],
        source: 'input'
    };
}
/**
 * `owner/repo/.github/workflows/deploy.yml@refs/heads/main` -> `.github/workflows/deploy.yml`.
 * Null when the value does not look like a workflow ref.
 */
function findWorkflowForRef(workflowRef) {
    const ref = workflowRef.trim();
    const marker = ref.indexOf('/.github/workflows/');
    if (marker < 0)
        return null;
    const owner = ref.slice(0, marker);
    if (!/^[^/@\s]+\/[^/@\s]+$/.test(owner))
        return null;
    const rest = ref.slice(marker + 1);
    const at = rest.indexOf('@');
    const path = at < 0 ? rest : rest.slice(0, at);
    if (!/^\.github\/workflows\/[^/]+\.ya?ml$/i.test(path))
        return null;
    return path;
}
/** Needs when nothing says what the job does (no workflow, no inputs). */
function unknownNeeds() {
    return {
        apps: [],
        capabilities: [],
        unknownApps: false,
        commands: [],
        evidence: [],
        source: 'none'
    };
}


/***/ }),

/***/ 4536:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ redactTokenLiterals)
/* harmony export */ });
/* unused harmony export REDACTED_TOKEN */
// Needs carry command text from workflow files into reports. A token pasted into a workflow
// (`flyctl deploy -t FlyV1 fm2_...`) must not travel with it: Fly token shapes are replaced.
// The model itself keeps the raw text, so the scanner can find and decode such literals.
const REDACTED_TOKEN = '[redacted Fly token]';
const TOKEN_SHAPES = [
    // `FlyV1 tok,tok,...` bundles, with or without quotes around them.
    /FlyV1\s+[^\s"'`]+/gi,
    // Macaroons and OAuth tokens by their labels.
    /\b(?:fm2|fm1r|fm1a)_[A-Za-z0-9+/=_-]{8,}/g,
    /\bfo1_[A-Za-z0-9_-]{8,}/g
];
/** Length of a legacy personal token: URL-safe base64 characters standing alone. */
const LEGACY_TOKEN_LENGTH = 43;
function redactTokenLiterals(text) {
    let out = text;
    for (const shape of TOKEN_SHAPES)
        out = out.replace(shape, REDACTED_TOKEN);
    return redactLegacyTokens(out);
}
function isTokenChar(code) {
    return ((code >= 97 && code <= 122) || // a-z
        (code >= 65 && code <= 90) || // A-Z
        (code >= 48 && code <= 57) || // 0-9
        code === 95 || // _
        code === 45 // -
    );
}
/**
 * Replaces every run of exactly 43 URL-safe base64 characters (what
 * `/(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g` matches) in one linear pass: the
 * regex retried its 43-character window at every position of every command text.
 */
function redactLegacyTokens(text) {
    if (text.length < LEGACY_TOKEN_LENGTH)
        return text;
    let out = '';
    let copied = 0;
    let runStart = -1;
    for (let i = 0; i <= text.length; i++) {
        const inRun = i < text.length && isTokenChar(text.charCodeAt(i));
        if (inRun) {
            if (runStart < 0)
                runStart = i;
            continue;
        }
        if (runStart >= 0 && i - runStart === LEGACY_TOKEN_LENGTH) {
            out += text.slice(copied, runStart) + REDACTED_TOKEN;
            copied = i;
        }
        runStart = -1;
    }
    return copied === 0 ? text : out + text.slice(copied);
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
/******/ 			id: moduleId,
/******/ 			loaded: false,
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
/******/ 		// Flag the module as loaded
/******/ 		module.loaded = true;
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
/******/ 	/* webpack/runtime/node module decorator */
/******/ 	(() => {
/******/ 		__nccwpck_require__.nmd = (module) => {
/******/ 			module.paths = [];
/******/ 			if (!module.children) module.children = [];
/******/ 			return module;
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
__nccwpck_require__(87511);

module.exports = __webpack_exports__;
/******/ })()
;