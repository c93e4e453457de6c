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

/***/ 1421:
/***/ ((module) => {

"use strict";
module.exports = new Proxy({}, { get: (_, key) => require("node:child_process")[key] });

/***/ }),

/***/ 7598:
/***/ ((module) => {

"use strict";
module.exports = require("node:crypto");

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

/***/ 8161:
/***/ ((module) => {

"use strict";
module.exports = require("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

"use strict";
module.exports = require("node:path");

/***/ }),

/***/ 8500:
/***/ ((module) => {

"use strict";
module.exports = require("node:timers/promises");

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

/***/ 1413:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Em: () => (/* binding */ readMode),
/* harmony export */   Iw: () => (/* binding */ requireFlyToken),
/* harmony export */   LD: () => (/* binding */ readList),
/* harmony export */   R5: () => (/* binding */ readInput),
/* harmony export */   Vf: () => (/* binding */ readBoolean),
/* harmony export */   _9: () => (/* binding */ readTokenInput),
/* harmony export */   c3: () => (/* binding */ onlineOptions),
/* harmony export */   di: () => (/* binding */ readCommonInputs),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   eW: () => (/* binding */ assertNoMisplacedTokens),
/* harmony export */   gb: () => (/* binding */ readTimeoutMs),
/* harmony export */   kz: () => (/* binding */ readNumber),
/* harmony export */   mc: () => (/* binding */ readFailOn),
/* harmony export */   od: () => (/* binding */ maskTokenShapedInputs)
/* harmony export */ });
/* unused harmony export SECRET_INPUTS */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6257);
/* harmony import */ var _fly_url_policy_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(8627);
/* harmony import */ var _rules_types_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3042);
/* harmony import */ var _token_index_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6700);
/* harmony import */ var _token_token_shape_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(148);
// Reads and validates the action's inputs: the only place that calls core.getInput. A value that
// carries token material where none belongs is refused by name, never echoed, before any request.





class InputError extends Error {
}
const MODES = ['check', 'health', 'scan', 'attenuate', 'audit'];
/**
 * The inputs that hold secrets or point at them: `token` (Fly), `github-token` (GitHub) and
 * `tokens` (variable names, checked by health mode). No token belongs in any other input, and
 * every other input is checked: the list is what the runner hands over (INPUT_*), not a list kept
 * by hand, so an input added later is covered without anyone remembering to add it.
 */
const SECRET_INPUTS = ['token', 'github-token', 'tokens'];
/** The names of the inputs set for this run (INPUT_* variables), secret ones excluded. */
function tokenFreeInputs(env = process.env) {
    const secret = new Set(SECRET_INPUTS.map(inputVariable));
    return Object.keys(env)
        .filter(key => key.startsWith('INPUT_') && !secret.has(key))
        .map(key => key.slice('INPUT_'.length).toLowerCase())
        .sort();
}
function inputVariable(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
/** An input's value, trimmed (core.getInput's default). */
function readInput(name, options) {
    return _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name, options);
}
/**
 * Masks every input value (other than the Fly token, masked by main) that carries token material,
 * so no later log line can show it: the GitHub token always, any other input when it looks like
 * one. Returns the masked fragments for the redactor.
 */
function maskTokenShapedInputs(env = process.env) {
    const fragments = [];
    for (const [key, value] of Object.entries(env)) {
        if (!key.startsWith('INPUT_') || key === 'INPUT_TOKEN' || value === undefined)
            continue;
        if (key === inputVariable('github-token')) {
            if (value.trim() !== '')
                fragments.push(value.trim());
            continue;
        }
        for (const part of [value, ...value.split(/[\s,]+/)]) {
            const text = part.trim();
            if (text !== '' && (0,_token_token_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .looksLikeToken */ .NM)(text, _token_token_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .TOKEN_SHAPE */ .y0.value))
                fragments.push(text, ...(0,_token_index_js__WEBPACK_IMPORTED_MODULE_1__/* .tokenFragments */ .pV)(text));
        }
    }
    // Shorter values are no secret, and masking them would garble unrelated log text.
    const unique = [...new Set(fragments)].filter(fragment => fragment.length >= 8);
    for (const fragment of unique)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(fragment);
    return unique;
}
/**
 * Refuses a token pasted where none belongs: names the input, never repeats its value. The
 * GitHub token is checked for a Fly token (it would be sent to GitHub); `tokens` holds variable
 * names, checked by health mode, which knows which variables are set.
 */
function assertNoMisplacedTokens(env = process.env) {
    for (const name of tokenFreeInputs(env)) {
        if ((0,_token_token_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .looksLikeToken */ .NM)(env[inputVariable(name)] ?? '', _token_token_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .TOKEN_SHAPE */ .y0.value)) {
            throw new InputError(`Input '${name}' looks like it holds a Fly token, which does not belong there; nothing was sent. ` +
                'Pass the token only in `token` (or FLY_API_TOKEN), and remove it from this input.');
        }
    }
    if ((0,_token_token_shape_js__WEBPACK_IMPORTED_MODULE_2__/* .hasTokenMarker */ .m7)(readInput('github-token'))) {
        throw new InputError("Input 'github-token' holds a Fly token; nothing was sent. Use `${{ github.token }}` (or a GitHub token) there.");
    }
}
function readMode() {
    const mode = (readInput('mode') || 'check').trim().toLowerCase();
    if (!MODES.includes(mode)) {
        throw new InputError(`Input 'mode' must be one of ${MODES.join(', ')}; got '${mode}'.`);
    }
    return mode;
}
function readFailOn() {
    const value = (readInput('fail-on') || 'high').trim().toLowerCase();
    const failOn = (0,_rules_types_js__WEBPACK_IMPORTED_MODULE_3__/* .failOnFrom */ .ew)(value);
    if (failOn === undefined) {
        throw new InputError(`Input 'fail-on' must be one of ${_rules_types_js__WEBPACK_IMPORTED_MODULE_3__/* .SEVERITIES */ .oC.join(', ')} or never; got '${value}'.`);
    }
    return failOn;
}
function readBoolean(name, fallback) {
    const value = readInput(name).trim().toLowerCase();
    if (value === '')
        return fallback;
    if (['true', 'yes', '1', 'on'].includes(value))
        return true;
    if (['false', 'no', '0', 'off'].includes(value))
        return false;
    throw new InputError(`Input '${name}' must be true or false; got '${value}'.`);
}
function readNumber(name, fallback, min, max) {
    const raw = readInput(name).trim();
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
    return readInput(name)
        .split(/[,\n]/)
        .map(s => s.trim())
        .filter(s => s.length > 0);
}
/** A Fly API URL; the value is never echoed (it could carry credentials). */
function readFlyUrl(name, fallback) {
    const raw = readInput(name).trim() || fallback;
    const checked = (0,_fly_url_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .checkFlyUrl */ .T)(raw);
    if (!checked.ok)
        throw new InputError(`Input '${name}' ${checked.problem}; nothing was sent.`);
    return raw.replace(/\/+$/, '');
}
/**
 * `timeout-seconds`: the one deadline of the whole run, every network call included. An org
 * audit reads thousands of files, so its default and its ceiling are higher.
 */
function readTimeoutMs(mode) {
    return mode === 'audit'
        ? readNumber('timeout-seconds', 3000, 1, 6 * 3600) * 1000
        : readNumber('timeout-seconds', 30, 1, 600) * 1000;
}
function readCommonInputs() {
    return {
        failOn: readFailOn(),
        online: readBoolean('online', true),
        expiryWarningDays: readNumber('expiry-warning-days', 14, 0, 3650),
        maxLifetimeDays: readNumber('max-lifetime-days', 365, 1, 100000),
        flyApiUrl: readFlyUrl('fly-api-url', 'https://api.machines.dev'),
        flyGraphqlUrl: readFlyUrl('fly-graphql-url', 'https://api.fly.io/graphql'),
        githubToken: readInput('github-token')
    };
}
/** The token: the `token` input, else FLY_ACCESS_TOKEN, else FLY_API_TOKEN (flyctl's order). */
function readTokenInput() {
    const input = readInput('token', { trimWhitespace: false });
    if (input.trim() !== '')
        return { value: input, source: 'token input' };
    for (const name of ['FLY_ACCESS_TOKEN', 'FLY_API_TOKEN']) {
        const value = process.env[name];
        if (value !== undefined && value.trim() !== '')
            return { value, source: name };
    }
    return { value: '', source: 'none' };
}
/** The Fly token a mode cannot work without; on pull requests from forks it is empty. */
function requireFlyToken(token, verb, secret) {
    if (token.value.trim() !== '')
        return;
    throw new InputError(`No Fly token to ${verb}: set \`token: \${{ secrets.${secret} }}\` (or FLY_API_TOKEN in the step's env). ` +
        'On pull requests from forks GitHub passes no secrets, so the token is empty there.');
}
/**
 * The Fly client options for the online checks, or nothing when `online: false`. The Fly client
 * gets what is left of the run's deadline, so its requests end when the run's time is up.
 */
function onlineOptions(inputs, deadline) {
    if (!inputs.online)
        return {};
    const { flyApiUrl, flyGraphqlUrl } = inputs;
    return { online: { flyApiUrl, flyGraphqlUrl, deadline } };
}


/***/ }),

/***/ 9908:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  v: () => (/* binding */ Publisher),
  x: () => (/* binding */ maskTokens)
});

// EXTERNAL MODULE: ./lib/report/order.js
var order = __nccwpck_require__(5930);
;// CONCATENATED MODULE: ./lib/report/annotations.js

/** GitHub's per-step, per-level display limit. */
const MAX_ANNOTATIONS_PER_LEVEL = 10;
const LEVEL = {
    critical: 'error',
    high: 'error',
    medium: 'warning',
    low: 'warning',
    info: 'notice'
};
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
/** The first sentence of a fix: an annotation is read inline, the commands are in the summary. */
function firstSentence(text) {
    const match = /^(.+?[.!?])(?:\s|$)/s.exec(text.trim());
    return (match?.[1] ?? text.trim()).replace(/\s*\n\s*/g, ' ');
}
/** The finding, then one line of fix; the commands live in the job summary. */
function annotationMessage(finding) {
    if (finding.fix === undefined)
        return finding.message;
    const more = finding.fix.commands.length > 0 ? ' The commands are in the job summary.' : '';
    return `${finding.message}\nFix: ${firstSentence(finding.fix.summary)}${more}`;
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

// EXTERNAL MODULE: ./lib/token/index.js + 6 modules
var token = __nccwpck_require__(6700);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var core = __nccwpck_require__(6257);
;// CONCATENATED MODULE: ./lib/action/publish.js



/** Masks every form of every token in `values` in the log; returns the fragments for the scrub. */
function maskTokens(values) {
    const fragments = values.flatMap(value => (value.trim() === '' ? [] : (0,token/* tokenFragments */.pV)(value)));
    for (const fragment of fragments)
        core/* setSecret */.Pq(fragment);
    return fragments;
}
const ANNOTATE = {
    error: core/* error */.z3,
    warning: core/* warning */.$e,
    notice: core/* notice */.lm
};
class Publisher {
    redact;
    constructor(redact) {
        this.redact = redact;
    }
    outputs(values) {
        for (const [name, value] of Object.entries(values))
            core/* setOutput */.uH(name, this.redact(value));
    }
    /** Annotates the worst findings (GitHub shows 10 per level); returns how many were left out. */
    annotate(findings) {
        const plan = planAnnotations(findings);
        for (const { level, message, properties } of plan.annotations) {
            const props = {
                ...properties,
                ...(properties.file !== undefined ? { file: this.redact(properties.file) } : {}),
                title: this.redact(properties.title)
            };
            ANNOTATE[level](this.redact(message), props);
        }
        return plan.notAnnotated.error + plan.notAnnotated.warning + plan.notAnnotated.notice;
    }
    async summary(markdown) {
        if (!process.env.GITHUB_STEP_SUMMARY)
            return;
        await core/* summary */.z.addRaw(this.redact(markdown)).write();
    }
    info(message) {
        core/* info */.pq(this.redact(message));
    }
    warning(message) {
        core/* warning */.$e(this.redact(message));
    }
    fail(message) {
        core/* setFailed */.C1(this.redact(message));
    }
    /** The run's last line: the headline, as the failure (with where to look) when it failed. */
    conclude(headline, failed, seeAlso) {
        if (failed)
            this.fail(`${headline} ${seeAlso}`);
        else
            this.info(headline);
    }
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

/***/ 8627:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ checkFlyUrl),
/* harmony export */   c: () => (/* binding */ isLoopbackHost)
/* harmony export */ });
// Where the Fly client may send a token: only over TLS, except to this machine (tests and local
// stand-ins), so a mistyped `http://` URL never carries the Authorization header in clear text.
/** What a Fly API URL must be, for messages. */
const FLY_URL_RULE = 'an https:// URL without credentials (http:// is allowed only for a loopback host: localhost, 127.0.0.0/8 or ::1)';
/**
 * Whether the client may send a token to `value`. The problem never repeats the value (a pasted
 * token could be in it); callers put the input's name in front: "fly-api-url must be \u2026".
 */
function checkFlyUrl(value) {
    let url;
    try {
        url = new URL(value.trim());
    }
    catch {
        return { ok: false, problem: `must be ${FLY_URL_RULE}; the value is not a URL` };
    }
    if (url.username !== '' || url.password !== '') {
        return { ok: false, problem: `must be ${FLY_URL_RULE}; it carries a user name or password` };
    }
    if (url.protocol === 'https:')
        return { ok: true, url };
    if (url.protocol === 'http:') {
        if (isLoopbackHost(url.hostname))
            return { ok: true, url };
        return {
            ok: false,
            problem: `must be ${FLY_URL_RULE}; plain http:// to another host would send the token in clear text`
        };
    }
    return { ok: false, problem: `must be ${FLY_URL_RULE}` };
}
/** localhost, 127.0.0.0/8 or ::1, as the URL parser normalises them (127.1 \u2192 127.0.0.1). */
function isLoopbackHost(hostname) {
    const host = hostname.toLowerCase().replace(/^\[(.*)\]$/, '$1');
    if (host === 'localhost' || host === '::1')
        return true;
    const octets = host.split('.');
    return (octets.length === 4 &&
        octets[0] === '127' &&
        octets.every(o => /^\d{1,3}$/.test(o) && Number(o) <= 255));
}


/***/ }),

/***/ 6672:
/***/ ((__unused_webpack___webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

"use strict";

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var core = __nccwpck_require__(6257);
// EXTERNAL MODULE: ./lib/workflow/inputs.js
var inputs = __nccwpck_require__(544);
// EXTERNAL MODULE: ./lib/fly/proxy-environment.js
var proxy_environment = __nccwpck_require__(7081);
// EXTERNAL MODULE: ./lib/io/deadline.js
var io_deadline = __nccwpck_require__(5010);
// EXTERNAL MODULE: ./lib/action/inputs.js
var action_inputs = __nccwpck_require__(1413);
// EXTERNAL MODULE: ./lib/action/publish.js + 1 modules
var publish = __nccwpck_require__(9908);
// EXTERNAL MODULE: ./lib/token/scrub.js
var scrub = __nccwpck_require__(8094);
;// CONCATENATED MODULE: ./lib/action/main.js
// The action: mask every secret first, refuse misplaced tokens, start the run's deadline, then run
// the chosen mode. Any failure becomes one clear, redacted message; no stack trace reaches the log.

// From inputs.js, not the room's index: the index would load the workflow parser at startup.






// Modes load lazily: a check never pays for the GitHub client or the workflow scanner.
const MODES = {
    check: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(859), __nccwpck_require__.e(382), __nccwpck_require__.e(205), __nccwpck_require__.e(654), __nccwpck_require__.e(485)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2485))).runCheckMode,
    scan: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(29), __nccwpck_require__.e(859), __nccwpck_require__.e(382), __nccwpck_require__.e(541), __nccwpck_require__.e(205), __nccwpck_require__.e(654), __nccwpck_require__.e(95), __nccwpck_require__.e(864)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6864))).runScanMode,
    health: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(382), __nccwpck_require__.e(654), __nccwpck_require__.e(783)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5783))).runHealthMode,
    attenuate: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(791), __nccwpck_require__.e(694)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2711))).runAttenuateMode,
    // Audit mode loads the GitHub client with it, and @actions/github builds its proxy agent then.
    audit: async () => {
        (0,proxy_environment/* assertUsableProxyEnvironment */.oM)();
        return (await Promise.all(/* import() */[__nccwpck_require__.e(159), __nccwpck_require__.e(29), __nccwpck_require__.e(859), __nccwpck_require__.e(382), __nccwpck_require__.e(541), __nccwpck_require__.e(205), __nccwpck_require__.e(95), __nccwpck_require__.e(503)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5503))).runAuditMode;
    }
};
async function run() {
    const token = (0,action_inputs/* readTokenInput */._9)();
    const masked = (0,publish/* maskTokens */.x)([token.value]);
    const shaped = (0,action_inputs/* maskTokenShapedInputs */.od)();
    let redact = (0,scrub/* createScrub */.EN)([...masked, ...shaped]);
    try {
        (0,action_inputs/* assertNoMisplacedTokens */.eW)();
        const mode = (0,action_inputs/* readMode */.Em)();
        if (mode === 'health')
            redact = (0,scrub/* createScrub */.EN)([...(0,publish/* maskTokens */.x)([token.value, ...healthTokenValues()]), ...shaped]);
        // The one deadline of the run, for every network call of every mode.
        const deadline = (0,io_deadline/* startDeadline */.d)((0,action_inputs/* readTimeoutMs */.gb)(mode));
        const publisher = new publish/* Publisher */.v(redact);
        const handler = await MODES[mode]();
        await handler({ token, publisher, redact, deadline });
    }
    catch (error) {
        const cause = setupErrorCause(error);
        const message = cause ? error.message : describeUnexpected(error);
        core/* setFailed */.C1(redact(message));
        // The summary is where people look first: say there what to set.
        if (cause) {
            const { renderSetupErrorSummary } = await __nccwpck_require__.e(/* import() */ 773).then(__nccwpck_require__.bind(__nccwpck_require__, 7773));
            await new publish/* Publisher */.v(redact).summary(renderSetupErrorSummary(message, cause));
        }
    }
}
/** Errors that say what to set, as opposed to the unexpected ones. */
function setupErrorCause(error) {
    if (error instanceof action_inputs/* InputError */.dz || error instanceof inputs/* NeedsInputError */.ae)
        return 'input';
    if (error instanceof proxy_environment/* ProxyEnvironmentError */.c2)
        return 'environment';
    return undefined;
}
function healthTokenValues() {
    return (0,action_inputs/* readList */.LD)('tokens').map(name => process.env[name] ?? '');
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

/***/ 5010:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ SIGNAL_LISTENER_LIMIT),
/* harmony export */   d: () => (/* binding */ startDeadline)
/* harmony export */ });
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8474);
// The run's one deadline (`timeout-seconds`): created once when the run starts, handed to every
// network client of the run (Fly and GitHub), so no call, retry or page outlives it.

/**
 * Every request in flight (of every token, in health mode) listens on the one signal; past Node's
 * default of 10 its "possible memory leak" warning would land in the job log.
 */
const SIGNAL_LISTENER_LIMIT = 10_000;
function startDeadline(timeoutMs) {
    // AbortSignal.timeout's timer never keeps the process alive on its own.
    const signal = AbortSignal.timeout(timeoutMs);
    (0,node_events__WEBPACK_IMPORTED_MODULE_0__.setMaxListeners)(SIGNAL_LISTENER_LIMIT, signal);
    return { signal, at: Date.now() + timeoutMs, timeoutMs };
}


/***/ }),

/***/ 5930:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ sortFindings)
/* harmony export */ });
/* harmony import */ var _rules_types_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3042);

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
/* harmony export */   m7: () => (/* binding */ hasTokenMarker),
/* harmony export */   y0: () => (/* binding */ TOKEN_SHAPE)
/* harmony export */ });
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


/***/ }),

/***/ 791:
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
/** A command whose needs are known only in part (`capabilities`), for the reason given. */
const partly = (capabilities, target, why) => ({
    ...m(capabilities, target),
    unknown: why
});
const MPG_UNKNOWN = 'what a token needs for Managed Postgres clusters is not known: they are not apps, and no token kind is documented for them';
const ATTACH_UNKNOWN = 'it also registers the attachment on the Postgres app, and what that needs from a token is not known';
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
    'apps move': partly(['org'], 'args-or-app', 'it moves the app to another organization, and an org token is confined to one: what it needs is not known'),
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
    'postgres attach': partly(['secrets'], 'app', ATTACH_UNKNOWN),
    'postgres detach': partly(['secrets'], 'app', ATTACH_UNKNOWN),
    'postgres connect': m(['ssh'], 'app'),
    'postgres db': m(['ssh'], 'app'),
    'postgres users': m(['ssh'], 'app'),
    'postgres config': m(['ssh'], 'app'),
    'postgres config show': m(['ssh'], 'app'),
    'postgres config update': m(['deploy', 'ssh'], 'app'),
    'postgres failover': m(['deploy', 'ssh'], 'app'),
    'postgres import': m(['deploy', 'secrets', 'ssh'], 'app'),
    'postgres renew-certs': m(['deploy', 'secrets', 'ssh'], 'app'),
    'postgres backup': m(['deploy'], 'app'),
    'postgres backup create': m(['deploy'], 'app'),
    'postgres backup list': m(['deploy'], 'app'),
    'postgres backup config': m(['deploy'], 'app'),
    'postgres backup config show': m(['deploy'], 'app'),
    'postgres backup config update': m(['deploy'], 'app'),
    'postgres backup enable': m(['secrets', 'org'], 'app'),
    'postgres backup restore': m(['create-app', 'org'], 'create'),
    'postgres barman': m(['ssh'], 'app'),
    'postgres barman create': m(['deploy'], 'app'),
    'postgres barman check': m(['ssh'], 'app'),
    'postgres barman list-backup': m(['ssh'], 'app'),
    'postgres barman show-backup': m(['ssh'], 'app'),
    'postgres barman backup': m(['ssh'], 'app'),
    'postgres barman switch-wal': m(['ssh'], 'app'),
    'postgres barman recover': m(['ssh'], 'app'),
    'postgres restart': m(['deploy'], 'app'),
    'postgres events': m(['read'], 'app'),
    'postgres list': m(['read'], 'none'),
    'mpg create': m(['org'], 'none'),
    'mpg destroy': m(['org'], 'none'),
    'mpg attach': m(['secrets', 'org'], 'app'),
    'mpg connect': partly([], 'none', MPG_UNKNOWN),
    'mpg proxy': partly([], 'none', MPG_UNKNOWN),
    'mpg list': partly([], 'none', MPG_UNKNOWN),
    'mpg status': partly([], 'none', MPG_UNKNOWN),
    'mpg databases': partly([], 'none', MPG_UNKNOWN),
    'mpg users': partly([], 'none', MPG_UNKNOWN),
    'mpg backups': partly([], 'none', MPG_UNKNOWN),
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
    'orgs create': partly(['org'], 'none', 'it creates a new organization, and an org token is confined to its own: what it needs is not known'),
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

/***/ 544:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Mk: () => (/* binding */ unknownNeeds),
/* harmony export */   ae: () => (/* binding */ NeedsInputError),
/* harmony export */   hJ: () => (/* binding */ needsFromInputs),
/* harmony export */   nq: () => (/* binding */ findWorkflowForRef),
/* harmony export */   pn: () => (/* binding */ isAutoNeeds)
/* harmony export */ });
/* harmony import */ var _capabilities_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(791);
/* harmony import */ var _token_scrub_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8094);
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
    const safe = (0,_token_scrub_js__WEBPACK_IMPORTED_MODULE_1__/* .scrubTokenForms */ .gD)(value);
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

/***/ 6257:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  z3: () => (/* binding */ error),
  dN: () => (/* binding */ exportVariable),
  V4: () => (/* binding */ getInput),
  pq: () => (/* binding */ info),
  lm: () => (/* binding */ notice),
  C1: () => (/* binding */ setFailed),
  uH: () => (/* binding */ setOutput),
  Pq: () => (/* binding */ core_setSecret),
  z: () => (/* reexport */ summary),
  $e: () => (/* binding */ warning)
});

// UNUSED EXPORTS: ExitCode, addPath, debug, endGroup, getBooleanInput, getIDToken, getMultilineInput, getState, group, isDebug, markdownSummary, platform, saveState, setCommandEcho, startGroup, toPlatformPath, toPosixPath, toWin32Path

// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = require("crypto");
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
    const convertedValue = utils_toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = require("path");
// EXTERNAL MODULE: external "http"
// Required on first use (scripts/lazy-undici.mjs).
var external_http_ = new Proxy({}, { get: (_, key) => __nccwpck_require__(8611)[key] });
// EXTERNAL MODULE: external "https"
// Required on first use (scripts/lazy-undici.mjs).
var external_https_ = new Proxy({}, { get: (_, key) => __nccwpck_require__(5692)[key] });
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/proxy.js
function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}
//# sourceMappingURL=proxy.js.map
// EXTERNAL MODULE: ./node_modules/tunnel/index.js
// Required on first use (scripts/lazy-undici.mjs).
var node_modules_tunnel = new Proxy({}, { get: (_, key) => __nccwpck_require__(770)[key] });
// EXTERNAL MODULE: ./node_modules/undici/index.js
// Required on first use (scripts/lazy-undici.mjs).
var undici = new Proxy({}, { get: (_, key) => __nccwpck_require__(6752)[key] });
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/index.js
/* eslint-disable @typescript-eslint/no-explicit-any */
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};





var HttpCodes;
(function (HttpCodes) {
    HttpCodes[HttpCodes["OK"] = 200] = "OK";
    HttpCodes[HttpCodes["MultipleChoices"] = 300] = "MultipleChoices";
    HttpCodes[HttpCodes["MovedPermanently"] = 301] = "MovedPermanently";
    HttpCodes[HttpCodes["ResourceMoved"] = 302] = "ResourceMoved";
    HttpCodes[HttpCodes["SeeOther"] = 303] = "SeeOther";
    HttpCodes[HttpCodes["NotModified"] = 304] = "NotModified";
    HttpCodes[HttpCodes["UseProxy"] = 305] = "UseProxy";
    HttpCodes[HttpCodes["SwitchProxy"] = 306] = "SwitchProxy";
    HttpCodes[HttpCodes["TemporaryRedirect"] = 307] = "TemporaryRedirect";
    HttpCodes[HttpCodes["PermanentRedirect"] = 308] = "PermanentRedirect";
    HttpCodes[HttpCodes["BadRequest"] = 400] = "BadRequest";
    HttpCodes[HttpCodes["Unauthorized"] = 401] = "Unauthorized";
    HttpCodes[HttpCodes["PaymentRequired"] = 402] = "PaymentRequired";
    HttpCodes[HttpCodes["Forbidden"] = 403] = "Forbidden";
    HttpCodes[HttpCodes["NotFound"] = 404] = "NotFound";
    HttpCodes[HttpCodes["MethodNotAllowed"] = 405] = "MethodNotAllowed";
    HttpCodes[HttpCodes["NotAcceptable"] = 406] = "NotAcceptable";
    HttpCodes[HttpCodes["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
    HttpCodes[HttpCodes["RequestTimeout"] = 408] = "RequestTimeout";
    HttpCodes[HttpCodes["Conflict"] = 409] = "Conflict";
    HttpCodes[HttpCodes["Gone"] = 410] = "Gone";
    HttpCodes[HttpCodes["TooManyRequests"] = 429] = "TooManyRequests";
    HttpCodes[HttpCodes["InternalServerError"] = 500] = "InternalServerError";
    HttpCodes[HttpCodes["NotImplemented"] = 501] = "NotImplemented";
    HttpCodes[HttpCodes["BadGateway"] = 502] = "BadGateway";
    HttpCodes[HttpCodes["ServiceUnavailable"] = 503] = "ServiceUnavailable";
    HttpCodes[HttpCodes["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function (Headers) {
    Headers["Accept"] = "accept";
    Headers["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function (MediaTypes) {
    MediaTypes["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
/**
 * Returns the proxy URL, depending upon the supplied url and proxy environment variables.
 * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
 */
function lib_getProxyUrl(serverUrl) {
    const proxyUrl = pm.getProxyUrl(new URL(serverUrl));
    return proxyUrl ? proxyUrl.href : '';
}
const HttpRedirectCodes = [
    HttpCodes.MovedPermanently,
    HttpCodes.ResourceMoved,
    HttpCodes.SeeOther,
    HttpCodes.TemporaryRedirect,
    HttpCodes.PermanentRedirect
];
const HttpResponseRetryCodes = [
    HttpCodes.BadGateway,
    HttpCodes.ServiceUnavailable,
    HttpCodes.GatewayTimeout
];
const RetryableHttpVerbs = (/* unused pure expression or super */ null && (['OPTIONS', 'GET', 'DELETE', 'HEAD']));
const ExponentialBackoffCeiling = 10;
const ExponentialBackoffTimeSlice = 5;
class HttpClientError extends Error {
    constructor(message, statusCode) {
        super(message);
        this.name = 'HttpClientError';
        this.statusCode = statusCode;
        Object.setPrototypeOf(this, HttpClientError.prototype);
    }
}
class HttpClientResponse {
    constructor(message) {
        this.message = message;
    }
    readBody() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                let output = Buffer.alloc(0);
                this.message.on('data', (chunk) => {
                    output = Buffer.concat([output, chunk]);
                });
                this.message.on('end', () => {
                    resolve(output.toString());
                });
            }));
        });
    }
    readBodyBuffer() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                const chunks = [];
                this.message.on('data', (chunk) => {
                    chunks.push(chunk);
                });
                this.message.on('end', () => {
                    resolve(Buffer.concat(chunks));
                });
            }));
        });
    }
}
function isHttps(requestUrl) {
    const parsedUrl = new URL(requestUrl);
    return parsedUrl.protocol === 'https:';
}
class lib_HttpClient {
    constructor(userAgent, handlers, requestOptions) {
        this._ignoreSslError = false;
        this._allowRedirects = true;
        this._allowRedirectDowngrade = false;
        this._maxRedirects = 50;
        this._allowRetries = false;
        this._maxRetries = 1;
        this._keepAlive = false;
        this._disposed = false;
        this.userAgent = this._getUserAgentWithOrchestrationId(userAgent);
        this.handlers = handlers || [];
        this.requestOptions = requestOptions;
        if (requestOptions) {
            if (requestOptions.ignoreSslError != null) {
                this._ignoreSslError = requestOptions.ignoreSslError;
            }
            this._socketTimeout = requestOptions.socketTimeout;
            if (requestOptions.allowRedirects != null) {
                this._allowRedirects = requestOptions.allowRedirects;
            }
            if (requestOptions.allowRedirectDowngrade != null) {
                this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
            }
            if (requestOptions.maxRedirects != null) {
                this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
            }
            if (requestOptions.keepAlive != null) {
                this._keepAlive = requestOptions.keepAlive;
            }
            if (requestOptions.allowRetries != null) {
                this._allowRetries = requestOptions.allowRetries;
            }
            if (requestOptions.maxRetries != null) {
                this._maxRetries = requestOptions.maxRetries;
            }
        }
    }
    options(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('OPTIONS', requestUrl, null, additionalHeaders || {});
        });
    }
    get(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('GET', requestUrl, null, additionalHeaders || {});
        });
    }
    del(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('DELETE', requestUrl, null, additionalHeaders || {});
        });
    }
    post(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('POST', requestUrl, data, additionalHeaders || {});
        });
    }
    patch(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PATCH', requestUrl, data, additionalHeaders || {});
        });
    }
    put(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PUT', requestUrl, data, additionalHeaders || {});
        });
    }
    head(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('HEAD', requestUrl, null, additionalHeaders || {});
        });
    }
    sendStream(verb, requestUrl, stream, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request(verb, requestUrl, stream, additionalHeaders);
        });
    }
    /**
     * Gets a typed object from an endpoint
     * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
     */
    getJson(requestUrl_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            const res = yield this.get(requestUrl, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    postJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.post(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    putJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.put(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    patchJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.patch(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    /**
     * Makes a raw http request.
     * All other methods such as get, post, patch, and request ultimately call this.
     * Prefer get, del, post and patch
     */
    request(verb, requestUrl, data, headers) {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._disposed) {
                throw new Error('Client has already been disposed.');
            }
            const parsedUrl = new URL(requestUrl);
            let info = this._prepareRequest(verb, parsedUrl, headers);
            // Only perform retries on reads since writes may not be idempotent.
            const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb)
                ? this._maxRetries + 1
                : 1;
            let numTries = 0;
            let response;
            do {
                response = yield this.requestRaw(info, data);
                // Check if it's an authentication challenge
                if (response &&
                    response.message &&
                    response.message.statusCode === HttpCodes.Unauthorized) {
                    let authenticationHandler;
                    for (const handler of this.handlers) {
                        if (handler.canHandleAuthentication(response)) {
                            authenticationHandler = handler;
                            break;
                        }
                    }
                    if (authenticationHandler) {
                        return authenticationHandler.handleAuthentication(this, info, data);
                    }
                    else {
                        // We have received an unauthorized response but have no handlers to handle it.
                        // Let the response return to the caller.
                        return response;
                    }
                }
                let redirectsRemaining = this._maxRedirects;
                while (response.message.statusCode &&
                    HttpRedirectCodes.includes(response.message.statusCode) &&
                    this._allowRedirects &&
                    redirectsRemaining > 0) {
                    const redirectUrl = response.message.headers['location'];
                    if (!redirectUrl) {
                        // if there's no location to redirect to, we won't
                        break;
                    }
                    const parsedRedirectUrl = new URL(redirectUrl);
                    if (parsedUrl.protocol === 'https:' &&
                        parsedUrl.protocol !== parsedRedirectUrl.protocol &&
                        !this._allowRedirectDowngrade) {
                        throw new Error('Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.');
                    }
                    // we need to finish reading the response before reassigning response
                    // which will leak the open socket.
                    yield response.readBody();
                    // strip authorization header if redirected to a different hostname
                    if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
                        for (const header in headers) {
                            // header names are case insensitive
                            if (header.toLowerCase() === 'authorization') {
                                delete headers[header];
                            }
                        }
                    }
                    // let's make the request with the new redirectUrl
                    info = this._prepareRequest(verb, parsedRedirectUrl, headers);
                    response = yield this.requestRaw(info, data);
                    redirectsRemaining--;
                }
                if (!response.message.statusCode ||
                    !HttpResponseRetryCodes.includes(response.message.statusCode)) {
                    // If not a retry code, return immediately instead of retrying
                    return response;
                }
                numTries += 1;
                if (numTries < maxTries) {
                    yield response.readBody();
                    yield this._performExponentialBackoff(numTries);
                }
            } while (numTries < maxTries);
            return response;
        });
    }
    /**
     * Needs to be called if keepAlive is set to true in request options.
     */
    dispose() {
        if (this._agent) {
            this._agent.destroy();
        }
        this._disposed = true;
    }
    /**
     * Raw request.
     * @param info
     * @param data
     */
    requestRaw(info, data) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => {
                function callbackForResult(err, res) {
                    if (err) {
                        reject(err);
                    }
                    else if (!res) {
                        // If `err` is not passed, then `res` must be passed.
                        reject(new Error('Unknown error'));
                    }
                    else {
                        resolve(res);
                    }
                }
                this.requestRawWithCallback(info, data, callbackForResult);
            });
        });
    }
    /**
     * Raw request with callback.
     * @param info
     * @param data
     * @param onResult
     */
    requestRawWithCallback(info, data, onResult) {
        if (typeof data === 'string') {
            if (!info.options.headers) {
                info.options.headers = {};
            }
            info.options.headers['Content-Length'] = Buffer.byteLength(data, 'utf8');
        }
        let callbackCalled = false;
        function handleResult(err, res) {
            if (!callbackCalled) {
                callbackCalled = true;
                onResult(err, res);
            }
        }
        const req = info.httpModule.request(info.options, (msg) => {
            const res = new HttpClientResponse(msg);
            handleResult(undefined, res);
        });
        let socket;
        req.on('socket', sock => {
            socket = sock;
        });
        // If we ever get disconnected, we want the socket to timeout eventually
        req.setTimeout(this._socketTimeout || 3 * 60000, () => {
            if (socket) {
                socket.end();
            }
            handleResult(new Error(`Request timeout: ${info.options.path}`));
        });
        req.on('error', function (err) {
            // err has statusCode property
            // res should have headers
            handleResult(err);
        });
        if (data && typeof data === 'string') {
            req.write(data, 'utf8');
        }
        if (data && typeof data !== 'string') {
            data.on('close', function () {
                req.end();
            });
            data.pipe(req);
        }
        else {
            req.end();
        }
    }
    /**
     * Gets an http agent. This function is useful when you need an http agent that handles
     * routing through a proxy server - depending upon the url and proxy environment variables.
     * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
     */
    getAgent(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        return this._getAgent(parsedUrl);
    }
    getAgentDispatcher(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        const proxyUrl = pm.getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (!useProxy) {
            return;
        }
        return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
    }
    _prepareRequest(method, requestUrl, headers) {
        const info = {};
        info.parsedUrl = requestUrl;
        const usingSsl = info.parsedUrl.protocol === 'https:';
        info.httpModule = usingSsl ? https : http;
        const defaultPort = usingSsl ? 443 : 80;
        info.options = {};
        info.options.host = info.parsedUrl.hostname;
        info.options.port = info.parsedUrl.port
            ? parseInt(info.parsedUrl.port)
            : defaultPort;
        info.options.path =
            (info.parsedUrl.pathname || '') + (info.parsedUrl.search || '');
        info.options.method = method;
        info.options.headers = this._mergeHeaders(headers);
        if (this.userAgent != null) {
            info.options.headers['user-agent'] = this.userAgent;
        }
        info.options.agent = this._getAgent(info.parsedUrl);
        // gives handlers an opportunity to participate
        if (this.handlers) {
            for (const handler of this.handlers) {
                handler.prepareRequest(info.options);
            }
        }
        return info;
    }
    _mergeHeaders(headers) {
        if (this.requestOptions && this.requestOptions.headers) {
            return Object.assign({}, lowercaseKeys(this.requestOptions.headers), lowercaseKeys(headers || {}));
        }
        return lowercaseKeys(headers || {});
    }
    /**
     * Gets an existing header value or returns a default.
     * Handles converting number header values to strings since HTTP headers must be strings.
     * Note: This returns string | string[] since some headers can have multiple values.
     * For headers that must always be a single string (like Content-Type), use the
     * specialized _getExistingOrDefaultContentTypeHeader method instead.
     */
    _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[header];
            if (headerValue) {
                clientHeader =
                    typeof headerValue === 'number' ? headerValue.toString() : headerValue;
            }
        }
        const additionalValue = additionalHeaders[header];
        if (additionalValue !== undefined) {
            return typeof additionalValue === 'number'
                ? additionalValue.toString()
                : additionalValue;
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    /**
     * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
     * Always returns a single string (not an array) since Content-Type should be a single value.
     * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
     * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
     * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
     */
    _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[Headers.ContentType];
            if (headerValue) {
                if (typeof headerValue === 'number') {
                    clientHeader = String(headerValue);
                }
                else if (Array.isArray(headerValue)) {
                    clientHeader = headerValue.join(', ');
                }
                else {
                    clientHeader = headerValue;
                }
            }
        }
        const additionalValue = additionalHeaders[Headers.ContentType];
        // Return the first non-undefined value, converting numbers or arrays to strings if necessary
        if (additionalValue !== undefined) {
            if (typeof additionalValue === 'number') {
                return String(additionalValue);
            }
            else if (Array.isArray(additionalValue)) {
                return additionalValue.join(', ');
            }
            else {
                return additionalValue;
            }
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    _getAgent(parsedUrl) {
        let agent;
        const proxyUrl = pm.getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (this._keepAlive && useProxy) {
            agent = this._proxyAgent;
        }
        if (!useProxy) {
            agent = this._agent;
        }
        // if agent is already assigned use that agent.
        if (agent) {
            return agent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        let maxSockets = 100;
        if (this.requestOptions) {
            maxSockets = this.requestOptions.maxSockets || http.globalAgent.maxSockets;
        }
        // This is `useProxy` again, but we need to check `proxyURl` directly for TypeScripts's flow analysis.
        if (proxyUrl && proxyUrl.hostname) {
            const agentOptions = {
                maxSockets,
                keepAlive: this._keepAlive,
                proxy: Object.assign(Object.assign({}, ((proxyUrl.username || proxyUrl.password) && {
                    proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
                })), { host: proxyUrl.hostname, port: proxyUrl.port })
            };
            let tunnelAgent;
            const overHttps = proxyUrl.protocol === 'https:';
            if (usingSsl) {
                tunnelAgent = overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp;
            }
            else {
                tunnelAgent = overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp;
            }
            agent = tunnelAgent(agentOptions);
            this._proxyAgent = agent;
        }
        // if tunneling agent isn't assigned create a new agent
        if (!agent) {
            const options = { keepAlive: this._keepAlive, maxSockets };
            agent = usingSsl ? new https.Agent(options) : new http.Agent(options);
            this._agent = agent;
        }
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            agent.options = Object.assign(agent.options || {}, {
                rejectUnauthorized: false
            });
        }
        return agent;
    }
    _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
        let proxyAgent;
        if (this._keepAlive) {
            proxyAgent = this._proxyAgentDispatcher;
        }
        // if agent is already assigned use that agent.
        if (proxyAgent) {
            return proxyAgent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        proxyAgent = new ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, ((proxyUrl.username || proxyUrl.password) && {
            token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString('base64')}`
        })));
        this._proxyAgentDispatcher = proxyAgent;
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
                rejectUnauthorized: false
            });
        }
        return proxyAgent;
    }
    _getUserAgentWithOrchestrationId(userAgent) {
        const baseUserAgent = userAgent || 'actions/http-client';
        const orchId = process.env['ACTIONS_ORCHESTRATION_ID'];
        if (orchId) {
            // Sanitize the orchestration ID to ensure it contains only valid characters
            // Valid characters: 0-9, a-z, _, -, .
            const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, '_');
            return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
        }
        return baseUserAgent;
    }
    _performExponentialBackoff(retryNumber) {
        return __awaiter(this, void 0, void 0, function* () {
            retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
            const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
            return new Promise(resolve => setTimeout(() => resolve(), ms));
        });
    }
    _processResponse(res, options) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
                const statusCode = res.message.statusCode || 0;
                const response = {
                    statusCode,
                    result: null,
                    headers: {}
                };
                // not found leads to null obj returned
                if (statusCode === HttpCodes.NotFound) {
                    resolve(response);
                }
                // get the result from the body
                function dateTimeDeserializer(key, value) {
                    if (typeof value === 'string') {
                        const a = new Date(value);
                        if (!isNaN(a.valueOf())) {
                            return a;
                        }
                    }
                    return value;
                }
                let obj;
                let contents;
                try {
                    contents = yield res.readBody();
                    if (contents && contents.length > 0) {
                        if (options && options.deserializeDates) {
                            obj = JSON.parse(contents, dateTimeDeserializer);
                        }
                        else {
                            obj = JSON.parse(contents);
                        }
                        response.result = obj;
                    }
                    response.headers = res.message.headers;
                }
                catch (err) {
                    // Invalid resource (contents not json);  leaving result obj null
                }
                // note that 3xx redirects are handled by the http layer.
                if (statusCode > 299) {
                    let msg;
                    // if exception/error in body, attempt to get better error
                    if (obj && obj.message) {
                        msg = obj.message;
                    }
                    else if (contents && contents.length > 0) {
                        // it may be the case that the exception is in the body message as string
                        msg = contents;
                    }
                    else {
                        msg = `Failed request: (${statusCode})`;
                    }
                    const err = new HttpClientError(msg, statusCode);
                    err.result = response.result;
                    reject(err);
                }
                else {
                    resolve(response);
                }
            }));
        });
    }
}
const lowercaseKeys = (obj) => Object.keys(obj).reduce((c, k) => ((c[k.toLowerCase()] = obj[k]), c), {});
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/auth.js
var auth_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
class BasicCredentialHandler {
    constructor(username, password) {
        this.username = username;
        this.password = password;
    }
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`${this.username}:${this.password}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class auth_BearerCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Bearer ${this.token}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class PersonalAccessTokenCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`PAT:${this.token}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
//# sourceMappingURL=auth.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/oidc-utils.js
var oidc_utils_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



class oidc_utils_OidcClient {
    static createHttpClient(allowRetry = true, maxRetry = 10) {
        const requestOptions = {
            allowRetries: allowRetry,
            maxRetries: maxRetry
        };
        return new HttpClient('actions/oidc-client', [new BearerCredentialHandler(oidc_utils_OidcClient.getRequestToken())], requestOptions);
    }
    static getRequestToken() {
        const token = process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
        if (!token) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
        }
        return token;
    }
    static getIDTokenUrl() {
        const runtimeUrl = process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
        if (!runtimeUrl) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
        }
        return runtimeUrl;
    }
    static getCall(id_token_url) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            var _a;
            const httpclient = oidc_utils_OidcClient.createHttpClient();
            const res = yield httpclient
                .getJson(id_token_url)
                .catch(error => {
                throw new Error(`Failed to get ID Token. \n 
        Error Code : ${error.statusCode}\n 
        Error Message: ${error.message}`);
            });
            const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
            if (!id_token) {
                throw new Error('Response json body do not have ID Token field');
            }
            return id_token;
        });
    }
    static getIDToken(audience) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            try {
                // New ID Token is requested from action service
                let id_token_url = oidc_utils_OidcClient.getIDTokenUrl();
                if (audience) {
                    const encodedAudience = encodeURIComponent(audience);
                    id_token_url = `${id_token_url}&audience=${encodedAudience}`;
                }
                debug(`ID token url is ${id_token_url}`);
                const id_token = yield oidc_utils_OidcClient.getCall(id_token_url);
                setSecret(id_token);
                return id_token;
            }
            catch (error) {
                throw new Error(`Error message: ${error.message}`);
            }
        });
    }
}
//# sourceMappingURL=oidc-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, path.sep);
}
//# sourceMappingURL=path-utils.js.map
// EXTERNAL MODULE: external "string_decoder"
var external_string_decoder_ = __nccwpck_require__(3193);
// EXTERNAL MODULE: external "events"
var external_events_ = __nccwpck_require__(4434);
;// CONCATENATED MODULE: external "child_process"
const external_child_process_namespaceObject = new Proxy({}, { get: (_, key) => require("child_process")[key] });
// EXTERNAL MODULE: external "assert"
// Required on first use (scripts/lazy-undici.mjs).
var external_assert_ = new Proxy({}, { get: (_, key) => __nccwpck_require__(2613)[key] });
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io-util.js
var io_util_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { chmod, copyFile, lstat, mkdir, open: io_util_open, readdir, rename, rm, rmdir, stat, symlink, unlink } = external_fs_.promises;
// export const {open} = 'fs'
const IS_WINDOWS = process.platform === 'win32';
/**
 * Custom implementation of readlink to ensure Windows junctions
 * maintain trailing backslash for backward compatibility with Node.js < 24
 *
 * In Node.js 20, Windows junctions (directory symlinks) always returned paths
 * with trailing backslashes. Node.js 24 removed this behavior, which breaks
 * code that relied on this format for path operations.
 *
 * This implementation restores the Node 20 behavior by adding a trailing
 * backslash to all junction results on Windows.
 */
function readlink(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        const result = yield fs.promises.readlink(fsPath);
        // On Windows, restore Node 20 behavior: add trailing backslash to all results
        // since junctions on Windows are always directory links
        if (IS_WINDOWS && !result.endsWith('\\')) {
            return `${result}\\`;
        }
        return result;
    });
}
// See https://github.com/nodejs/node/blob/d0153aee367422d0858105abec186da4dff0a0c5/deps/uv/include/uv/win.h#L691
const UV_FS_O_EXLOCK = 0x10000000;
const READONLY = external_fs_.constants.O_RDONLY;
function exists(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        try {
            yield stat(fsPath);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                return false;
            }
            throw err;
        }
        return true;
    });
}
function isDirectory(fsPath_1) {
    return io_util_awaiter(this, arguments, void 0, function* (fsPath, useStat = false) {
        const stats = useStat ? yield stat(fsPath) : yield lstat(fsPath);
        return stats.isDirectory();
    });
}
/**
 * On OSX/Linux, true if path starts with '/'. On Windows, true for paths like:
 * \, \hello, \\hello\share, C:, and C:\hello (and corresponding alternate separator cases).
 */
function isRooted(p) {
    p = normalizeSeparators(p);
    if (!p) {
        throw new Error('isRooted() parameter "p" cannot be empty');
    }
    if (IS_WINDOWS) {
        return (p.startsWith('\\') || /^[A-Z]:/i.test(p) // e.g. \ or \hello or \\hello
        ); // e.g. C: or C:\hello
    }
    return p.startsWith('/');
}
/**
 * Best effort attempt to determine whether a file exists and is executable.
 * @param filePath    file path to check
 * @param extensions  additional file extensions to try
 * @return if file exists and is executable, returns the file path. otherwise empty string.
 */
function tryGetExecutablePath(filePath, extensions) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        let stats = undefined;
        try {
            // test file exists
            stats = yield stat(filePath);
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                // eslint-disable-next-line no-console
                console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
            }
        }
        if (stats && stats.isFile()) {
            if (IS_WINDOWS) {
                // on Windows, test for valid extension
                const upperExt = external_path_namespaceObject.extname(filePath).toUpperCase();
                if (extensions.some(validExt => validExt.toUpperCase() === upperExt)) {
                    return filePath;
                }
            }
            else {
                if (isUnixExecutable(stats)) {
                    return filePath;
                }
            }
        }
        // try each extension
        const originalFilePath = filePath;
        for (const extension of extensions) {
            filePath = originalFilePath + extension;
            stats = undefined;
            try {
                stats = yield stat(filePath);
            }
            catch (err) {
                if (err.code !== 'ENOENT') {
                    // eslint-disable-next-line no-console
                    console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
                }
            }
            if (stats && stats.isFile()) {
                if (IS_WINDOWS) {
                    // preserve the case of the actual file (since an extension was appended)
                    try {
                        const directory = external_path_namespaceObject.dirname(filePath);
                        const upperName = external_path_namespaceObject.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = external_path_namespaceObject.join(directory, actualName);
                                break;
                            }
                        }
                    }
                    catch (err) {
                        // eslint-disable-next-line no-console
                        console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
                    }
                    return filePath;
                }
                else {
                    if (isUnixExecutable(stats)) {
                        return filePath;
                    }
                }
            }
        }
        return '';
    });
}
function normalizeSeparators(p) {
    p = p || '';
    if (IS_WINDOWS) {
        // convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // remove redundant slashes
        return p.replace(/\\\\+/g, '\\');
    }
    // remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
// on Mac/Linux, test the execute bit
//     R   W  X  R  W X R W X
//   256 128 64 32 16 8 4 2 1
function isUnixExecutable(stats) {
    return ((stats.mode & 1) > 0 ||
        ((stats.mode & 8) > 0 &&
            process.getgid !== undefined &&
            stats.gid === process.getgid()) ||
        ((stats.mode & 64) > 0 &&
            process.getuid !== undefined &&
            stats.uid === process.getuid()));
}
// Get the path of cmd.exe in windows
function getCmdPath() {
    var _a;
    return (_a = process.env['COMSPEC']) !== null && _a !== void 0 ? _a : `cmd.exe`;
}
//# sourceMappingURL=io-util.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io.js
var io_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



/**
 * Copies a file or folder.
 * Based off of shelljs - https://github.com/shelljs/shelljs/blob/9237f66c52e5daa40458f94f9565e18e8132f5a6/src/cp.js
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See CopyOptions.
 */
function cp(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        const { force, recursive, copySourceDirectory } = readCopyOptions(options);
        const destStat = (yield ioUtil.exists(dest)) ? yield ioUtil.stat(dest) : null;
        // Dest is an existing file, but not forcing
        if (destStat && destStat.isFile() && !force) {
            return;
        }
        // If dest is an existing directory, should copy inside.
        const newDest = destStat && destStat.isDirectory() && copySourceDirectory
            ? path.join(dest, path.basename(source))
            : dest;
        if (!(yield ioUtil.exists(source))) {
            throw new Error(`no such file or directory: ${source}`);
        }
        const sourceStat = yield ioUtil.stat(source);
        if (sourceStat.isDirectory()) {
            if (!recursive) {
                throw new Error(`Failed to copy. ${source} is a directory, but tried to copy without recursive flag.`);
            }
            else {
                yield cpDirRecursive(source, newDest, 0, force);
            }
        }
        else {
            if (path.relative(source, newDest) === '') {
                // a file cannot be copied to itself
                throw new Error(`'${newDest}' and '${source}' are the same file`);
            }
            yield io_copyFile(source, newDest, force);
        }
    });
}
/**
 * Moves a path.
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See MoveOptions.
 */
function mv(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        if (yield ioUtil.exists(dest)) {
            let destExists = true;
            if (yield ioUtil.isDirectory(dest)) {
                // If dest is directory copy src into dest
                dest = path.join(dest, path.basename(source));
                destExists = yield ioUtil.exists(dest);
            }
            if (destExists) {
                if (options.force == null || options.force) {
                    yield rmRF(dest);
                }
                else {
                    throw new Error('Destination already exists');
                }
            }
        }
        yield mkdirP(path.dirname(dest));
        yield ioUtil.rename(source, dest);
    });
}
/**
 * Remove a path recursively with force
 *
 * @param inputPath path to remove
 */
function rmRF(inputPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (ioUtil.IS_WINDOWS) {
            // Check for invalid characters
            // https://docs.microsoft.com/en-us/windows/win32/fileio/naming-a-file
            if (/[*"<>|]/.test(inputPath)) {
                throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
            }
        }
        try {
            // note if path does not exist, error is silent
            yield ioUtil.rm(inputPath, {
                force: true,
                maxRetries: 3,
                recursive: true,
                retryDelay: 300
            });
        }
        catch (err) {
            throw new Error(`File was unable to be removed ${err}`);
        }
    });
}
/**
 * Make a directory.  Creates the full path with folders in between
 * Will throw if it fails
 *
 * @param   fsPath        path to create
 * @returns Promise<void>
 */
function mkdirP(fsPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        ok(fsPath, 'a path argument must be provided');
        yield ioUtil.mkdir(fsPath, { recursive: true });
    });
}
/**
 * Returns path of a tool had the tool actually been invoked.  Resolves via paths.
 * If you check and the tool does not exist, it will throw.
 *
 * @param     tool              name of the tool
 * @param     check             whether to check if tool exists
 * @returns   Promise<string>   path to tool
 */
function which(tool, check) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (IS_WINDOWS) {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
                }
                else {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
                }
            }
            return result;
        }
        const matches = yield findInPath(tool);
        if (matches && matches.length > 0) {
            return matches[0];
        }
        return '';
    });
}
/**
 * Returns a list of all occurrences of the given tool on the system path.
 *
 * @returns   Promise<string[]>  the paths of the tool
 */
function findInPath(tool) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (IS_WINDOWS && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(external_path_namespaceObject.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (isRooted(tool)) {
            const filePath = yield tryGetExecutablePath(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(external_path_namespaceObject.sep)) {
            return [];
        }
        // build the list of directories
        //
        // Note, technically "where" checks the current directory on Windows. From a toolkit perspective,
        // it feels like we should not do this. Checking the current directory seems like more of a use
        // case of a shell, and the which() function exposed by the toolkit should strive for consistency
        // across platforms.
        const directories = [];
        if (process.env.PATH) {
            for (const p of process.env.PATH.split(external_path_namespaceObject.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield tryGetExecutablePath(external_path_namespaceObject.join(directory, tool), extensions);
            if (filePath) {
                matches.push(filePath);
            }
        }
        return matches;
    });
}
function readCopyOptions(options) {
    const force = options.force == null ? true : options.force;
    const recursive = Boolean(options.recursive);
    const copySourceDirectory = options.copySourceDirectory == null
        ? true
        : Boolean(options.copySourceDirectory);
    return { force, recursive, copySourceDirectory };
}
function cpDirRecursive(sourceDir, destDir, currentDepth, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        // Ensure there is not a run away recursive copy
        if (currentDepth >= 255)
            return;
        currentDepth++;
        yield mkdirP(destDir);
        const files = yield ioUtil.readdir(sourceDir);
        for (const fileName of files) {
            const srcFile = `${sourceDir}/${fileName}`;
            const destFile = `${destDir}/${fileName}`;
            const srcFileStat = yield ioUtil.lstat(srcFile);
            if (srcFileStat.isDirectory()) {
                // Recurse
                yield cpDirRecursive(srcFile, destFile, currentDepth, force);
            }
            else {
                yield io_copyFile(srcFile, destFile, force);
            }
        }
        // Change the mode for the newly created directory
        yield ioUtil.chmod(destDir, (yield ioUtil.stat(sourceDir)).mode);
    });
}
// Buffered file copy
function io_copyFile(srcFile, destFile, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        if ((yield ioUtil.lstat(srcFile)).isSymbolicLink()) {
            // unlink/re-link it
            try {
                yield ioUtil.lstat(destFile);
                yield ioUtil.unlink(destFile);
            }
            catch (e) {
                // Try to override file permission
                if (e.code === 'EPERM') {
                    yield ioUtil.chmod(destFile, '0666');
                    yield ioUtil.unlink(destFile);
                }
                // other errors = it doesn't exist, no work to do
            }
            // Copy over symlink
            const symlinkFull = yield ioUtil.readlink(srcFile);
            yield ioUtil.symlink(symlinkFull, destFile, ioUtil.IS_WINDOWS ? 'junction' : null);
        }
        else if (!(yield ioUtil.exists(destFile)) || force) {
            yield ioUtil.copyFile(srcFile, destFile);
        }
    });
}
//# sourceMappingURL=io.js.map
;// CONCATENATED MODULE: external "timers"
const external_timers_namespaceObject = require("timers");
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/toolrunner.js
var toolrunner_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};







/* eslint-disable @typescript-eslint/unbound-method */
const toolrunner_IS_WINDOWS = process.platform === 'win32';
/*
 * Class for running command line tools. Handles quoting and arg parsing in a platform agnostic way.
 */
class ToolRunner extends external_events_.EventEmitter {
    constructor(toolPath, args, options) {
        super();
        if (!toolPath) {
            throw new Error("Parameter 'toolPath' cannot be null or empty.");
        }
        this.toolPath = toolPath;
        this.args = args || [];
        this.options = options || {};
    }
    _debug(message) {
        if (this.options.listeners && this.options.listeners.debug) {
            this.options.listeners.debug(message);
        }
    }
    _getCommandString(options, noPrefix) {
        const toolPath = this._getSpawnFileName();
        const args = this._getSpawnArgs(options);
        let cmd = noPrefix ? '' : '[command]'; // omit prefix when piped to a second tool
        if (toolrunner_IS_WINDOWS) {
            // Windows + cmd file
            if (this._isCmdFile()) {
                cmd += toolPath;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows + verbatim
            else if (options.windowsVerbatimArguments) {
                cmd += `"${toolPath}"`;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows (regular)
            else {
                cmd += this._windowsQuoteCmdArg(toolPath);
                for (const a of args) {
                    cmd += ` ${this._windowsQuoteCmdArg(a)}`;
                }
            }
        }
        else {
            // OSX/Linux - this can likely be improved with some form of quoting.
            // creating processes on Unix is fundamentally different than Windows.
            // on Unix, execvp() takes an arg array.
            cmd += toolPath;
            for (const a of args) {
                cmd += ` ${a}`;
            }
        }
        return cmd;
    }
    _processLineBuffer(data, strBuffer, onLine) {
        try {
            let s = strBuffer + data.toString();
            let n = s.indexOf(external_os_.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + external_os_.EOL.length);
                n = s.indexOf(external_os_.EOL);
            }
            return s;
        }
        catch (err) {
            // streaming lines to console is best effort.  Don't fail a build.
            this._debug(`error processing line. Failed with error ${err}`);
            return '';
        }
    }
    _getSpawnFileName() {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
                for (const a of this.args) {
                    argline += ' ';
                    argline += options.windowsVerbatimArguments
                        ? a
                        : this._windowsQuoteCmdArg(a);
                }
                argline += '"';
                return [argline];
            }
        }
        return this.args;
    }
    _endsWith(str, end) {
        return str.endsWith(end);
    }
    _isCmdFile() {
        const upperToolPath = this.toolPath.toUpperCase();
        return (this._endsWith(upperToolPath, '.CMD') ||
            this._endsWith(upperToolPath, '.BAT'));
    }
    _windowsQuoteCmdArg(arg) {
        // for .exe, apply the normal quoting rules that libuv applies
        if (!this._isCmdFile()) {
            return this._uvQuoteCmdArg(arg);
        }
        // otherwise apply quoting rules specific to the cmd.exe command line parser.
        // the libuv rules are generic and are not designed specifically for cmd.exe
        // command line parser.
        //
        // for a detailed description of the cmd.exe command line parser, refer to
        // http://stackoverflow.com/questions/4094699/how-does-the-windows-command-interpreter-cmd-exe-parse-scripts/7970912#7970912
        // need quotes for empty arg
        if (!arg) {
            return '""';
        }
        // determine whether the arg needs to be quoted
        const cmdSpecialChars = [
            ' ',
            '\t',
            '&',
            '(',
            ')',
            '[',
            ']',
            '{',
            '}',
            '^',
            '=',
            ';',
            '!',
            "'",
            '+',
            ',',
            '`',
            '~',
            '|',
            '<',
            '>',
            '"'
        ];
        let needsQuotes = false;
        for (const char of arg) {
            if (cmdSpecialChars.some(x => x === char)) {
                needsQuotes = true;
                break;
            }
        }
        // short-circuit if quotes not needed
        if (!needsQuotes) {
            return arg;
        }
        // the following quoting rules are very similar to the rules that by libuv applies.
        //
        // 1) wrap the string in quotes
        //
        // 2) double-up quotes - i.e. " => ""
        //
        //    this is different from the libuv quoting rules. libuv replaces " with \", which unfortunately
        //    doesn't work well with a cmd.exe command line.
        //
        //    note, replacing " with "" also works well if the arg is passed to a downstream .NET console app.
        //    for example, the command line:
        //          foo.exe "myarg:""my val"""
        //    is parsed by a .NET console app into an arg array:
        //          [ "myarg:\"my val\"" ]
        //    which is the same end result when applying libuv quoting rules. although the actual
        //    command line from libuv quoting rules would look like:
        //          foo.exe "myarg:\"my val\""
        //
        // 3) double-up slashes that precede a quote,
        //    e.g.  hello \world    => "hello \world"
        //          hello\"world    => "hello\\""world"
        //          hello\\"world   => "hello\\\\""world"
        //          hello world\    => "hello world\\"
        //
        //    technically this is not required for a cmd.exe command line, or the batch argument parser.
        //    the reasons for including this as a .cmd quoting rule are:
        //
        //    a) this is optimized for the scenario where the argument is passed from the .cmd file to an
        //       external program. many programs (e.g. .NET console apps) rely on the slash-doubling rule.
        //
        //    b) it's what we've been doing previously (by deferring to node default behavior) and we
        //       haven't heard any complaints about that aspect.
        //
        // note, a weakness of the quoting rules chosen here, is that % is not escaped. in fact, % cannot be
        // escaped when used on the command line directly - even though within a .cmd file % can be escaped
        // by using %%.
        //
        // the saving grace is, on the command line, %var% is left as-is if var is not defined. this contrasts
        // the line parsing rules within a .cmd file, where if var is not defined it is replaced with nothing.
        //
        // one option that was explored was replacing % with ^% - i.e. %var% => ^%var^%. this hack would
        // often work, since it is unlikely that var^ would exist, and the ^ character is removed when the
        // variable is used. the problem, however, is that ^ is not removed when %* is used to pass the args
        // to an external program.
        //
        // an unexplored potential solution for the % escaping problem, is to create a wrapper .cmd file.
        // % can be escaped within a .cmd file.
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\'; // double the slash
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '"'; // double the quote
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _uvQuoteCmdArg(arg) {
        // Tool runner wraps child_process.spawn() and needs to apply the same quoting as
        // Node in certain cases where the undocumented spawn option windowsVerbatimArguments
        // is used.
        //
        // Since this function is a port of quote_cmd_arg from Node 4.x (technically, lib UV,
        // see https://github.com/nodejs/node/blob/v4.x/deps/uv/src/win/process.c for details),
        // pasting copyright notice from Node within this function:
        //
        //      Copyright Joyent, Inc. and other Node contributors. All rights reserved.
        //
        //      Permission is hereby granted, free of charge, to any person obtaining a copy
        //      of this software and associated documentation files (the "Software"), to
        //      deal in the Software without restriction, including without limitation the
        //      rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
        //      sell copies of the Software, and to permit persons to whom the Software is
        //      furnished to do so, subject to the following conditions:
        //
        //      The above copyright notice and this permission notice shall be included in
        //      all copies or substantial portions of the Software.
        //
        //      THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        //      IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        //      FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        //      AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        //      LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
        //      FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
        //      IN THE SOFTWARE.
        if (!arg) {
            // Need double quotation for empty argument
            return '""';
        }
        if (!arg.includes(' ') && !arg.includes('\t') && !arg.includes('"')) {
            // No quotation needed
            return arg;
        }
        if (!arg.includes('"') && !arg.includes('\\')) {
            // No embedded double quotes or backslashes, so I can just wrap
            // quote marks around the whole thing.
            return `"${arg}"`;
        }
        // Expected input/output:
        //   input : hello"world
        //   output: "hello\"world"
        //   input : hello""world
        //   output: "hello\"\"world"
        //   input : hello\world
        //   output: hello\world
        //   input : hello\\world
        //   output: hello\\world
        //   input : hello\"world
        //   output: "hello\\\"world"
        //   input : hello\\"world
        //   output: "hello\\\\\"world"
        //   input : hello world\
        //   output: "hello world\\" - note the comment in libuv actually reads "hello world\"
        //                             but it appears the comment is wrong, it should be "hello world\\"
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\';
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '\\';
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _cloneExecOptions(options) {
        options = options || {};
        const result = {
            cwd: options.cwd || process.cwd(),
            env: options.env || process.env,
            silent: options.silent || false,
            windowsVerbatimArguments: options.windowsVerbatimArguments || false,
            failOnStdErr: options.failOnStdErr || false,
            ignoreReturnCode: options.ignoreReturnCode || false,
            delay: options.delay || 10000
        };
        result.outStream = options.outStream || process.stdout;
        result.errStream = options.errStream || process.stderr;
        return result;
    }
    _getSpawnOptions(options, toolPath) {
        options = options || {};
        const result = {};
        result.cwd = options.cwd;
        result.env = options.env;
        result['windowsVerbatimArguments'] =
            options.windowsVerbatimArguments || this._isCmdFile();
        if (options.windowsVerbatimArguments) {
            result.argv0 = `"${toolPath}"`;
        }
        return result;
    }
    /**
     * Exec a tool.
     * Output will be streamed to the live console.
     * Returns promise with return code
     *
     * @param     tool     path to tool to exec
     * @param     options  optional exec options.  See ExecOptions
     * @returns   number
     */
    exec() {
        return toolrunner_awaiter(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!isRooted(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (toolrunner_IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = external_path_namespaceObject.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield which(this.toolPath, true);
            return new Promise((resolve, reject) => toolrunner_awaiter(this, void 0, void 0, function* () {
                this._debug(`exec tool: ${this.toolPath}`);
                this._debug('arguments:');
                for (const arg of this.args) {
                    this._debug(`   ${arg}`);
                }
                const optionsNonNull = this._cloneExecOptions(this.options);
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + external_os_.EOL);
                }
                const state = new ExecState(optionsNonNull, this.toolPath);
                state.on('debug', (message) => {
                    this._debug(message);
                });
                if (this.options.cwd && !(yield exists(this.options.cwd))) {
                    return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
                }
                const fileName = this._getSpawnFileName();
                const cp = external_child_process_namespaceObject.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
                let stdbuffer = '';
                if (cp.stdout) {
                    cp.stdout.on('data', (data) => {
                        if (this.options.listeners && this.options.listeners.stdout) {
                            this.options.listeners.stdout(data);
                        }
                        if (!optionsNonNull.silent && optionsNonNull.outStream) {
                            optionsNonNull.outStream.write(data);
                        }
                        stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.stdline) {
                                this.options.listeners.stdline(line);
                            }
                        });
                    });
                }
                let errbuffer = '';
                if (cp.stderr) {
                    cp.stderr.on('data', (data) => {
                        state.processStderr = true;
                        if (this.options.listeners && this.options.listeners.stderr) {
                            this.options.listeners.stderr(data);
                        }
                        if (!optionsNonNull.silent &&
                            optionsNonNull.errStream &&
                            optionsNonNull.outStream) {
                            const s = optionsNonNull.failOnStdErr
                                ? optionsNonNull.errStream
                                : optionsNonNull.outStream;
                            s.write(data);
                        }
                        errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.errline) {
                                this.options.listeners.errline(line);
                            }
                        });
                    });
                }
                cp.on('error', (err) => {
                    state.processError = err.message;
                    state.processExited = true;
                    state.processClosed = true;
                    state.CheckComplete();
                });
                cp.on('exit', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                cp.on('close', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    state.processClosed = true;
                    this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                state.on('done', (error, exitCode) => {
                    if (stdbuffer.length > 0) {
                        this.emit('stdline', stdbuffer);
                    }
                    if (errbuffer.length > 0) {
                        this.emit('errline', errbuffer);
                    }
                    cp.removeAllListeners();
                    if (error) {
                        reject(error);
                    }
                    else {
                        resolve(exitCode);
                    }
                });
                if (this.options.input) {
                    if (!cp.stdin) {
                        throw new Error('child process missing stdin');
                    }
                    cp.stdin.end(this.options.input);
                }
            }));
        });
    }
}
/**
 * Convert an arg string to an array of args. Handles escaping
 *
 * @param    argString   string of arguments
 * @returns  string[]    array of arguments
 */
function argStringToArray(argString) {
    const args = [];
    let inQuotes = false;
    let escaped = false;
    let arg = '';
    function append(c) {
        // we only escape double quotes.
        if (escaped && c !== '"') {
            arg += '\\';
        }
        arg += c;
        escaped = false;
    }
    for (let i = 0; i < argString.length; i++) {
        const c = argString.charAt(i);
        if (c === '"') {
            if (!escaped) {
                inQuotes = !inQuotes;
            }
            else {
                append(c);
            }
            continue;
        }
        if (c === '\\' && escaped) {
            append(c);
            continue;
        }
        if (c === '\\' && inQuotes) {
            escaped = true;
            continue;
        }
        if (c === ' ' && !inQuotes) {
            if (arg.length > 0) {
                args.push(arg);
                arg = '';
            }
            continue;
        }
        append(c);
    }
    if (arg.length > 0) {
        args.push(arg.trim());
    }
    return args;
}
class ExecState extends external_events_.EventEmitter {
    constructor(options, toolPath) {
        super();
        this.processClosed = false; // tracks whether the process has exited and stdio is closed
        this.processError = '';
        this.processExitCode = 0;
        this.processExited = false; // tracks whether the process has exited
        this.processStderr = false; // tracks whether stderr was written to
        this.delay = 10000; // 10 seconds
        this.done = false;
        this.timeout = null;
        if (!toolPath) {
            throw new Error('toolPath must not be empty');
        }
        this.options = options;
        this.toolPath = toolPath;
        if (options.delay) {
            this.delay = options.delay;
        }
    }
    CheckComplete() {
        if (this.done) {
            return;
        }
        if (this.processClosed) {
            this._setResult();
        }
        else if (this.processExited) {
            this.timeout = (0,external_timers_namespaceObject.setTimeout)(ExecState.HandleTimeout, this.delay, this);
        }
    }
    _debug(message) {
        this.emit('debug', message);
    }
    _setResult() {
        // determine whether there is an error
        let error;
        if (this.processExited) {
            if (this.processError) {
                error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
            }
            else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
                error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
            }
            else if (this.processStderr && this.options.failOnStdErr) {
                error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
            }
        }
        // clear the timeout
        if (this.timeout) {
            clearTimeout(this.timeout);
            this.timeout = null;
        }
        this.done = true;
        this.emit('done', error, this.processExitCode);
    }
    static HandleTimeout(state) {
        if (state.done) {
            return;
        }
        if (!state.processClosed && state.processExited) {
            const message = `The STDIO streams did not close within ${state.delay / 1000} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
            state._debug(message);
        }
        state._setResult();
    }
}
//# sourceMappingURL=toolrunner.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/exec.js
var exec_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


/**
 * Exec a command.
 * Output will be streamed to the live console.
 * Returns promise with return code
 *
 * @param     commandLine        command to execute (can include additional args). Must be correctly escaped.
 * @param     args               optional arguments for tool. Escaping is handled by the lib.
 * @param     options            optional exec options.  See ExecOptions
 * @returns   Promise<number>    exit code
 */
function exec_exec(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        const commandArgs = tr.argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new tr.ToolRunner(toolPath, args, options);
        return runner.exec();
    });
}
/**
 * Exec a command and get the output.
 * Output will be streamed to the live console.
 * Returns promise with the exit code and collected stdout and stderr
 *
 * @param     commandLine           command to execute (can include additional args). Must be correctly escaped.
 * @param     args                  optional arguments for tool. Escaping is handled by the lib.
 * @param     options               optional exec options.  See ExecOptions
 * @returns   Promise<ExecOutput>   exit code, stdout, and stderr
 */
function getExecOutput(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        var _a, _b;
        let stdout = '';
        let stderr = '';
        //Using string decoder covers the case where a mult-byte character is split
        const stdoutDecoder = new StringDecoder('utf8');
        const stderrDecoder = new StringDecoder('utf8');
        const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
        const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
        const stdErrListener = (data) => {
            stderr += stderrDecoder.write(data);
            if (originalStdErrListener) {
                originalStdErrListener(data);
            }
        };
        const stdOutListener = (data) => {
            stdout += stdoutDecoder.write(data);
            if (originalStdoutListener) {
                originalStdoutListener(data);
            }
        };
        const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
        const exitCode = yield exec_exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
        //flush any remaining characters
        stdout += stdoutDecoder.end();
        stderr += stderrDecoder.end();
        return {
            exitCode,
            stdout,
            stderr
        };
    });
}
//# sourceMappingURL=exec.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield exec.getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield exec.getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_.platform();
const arch = external_os_.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = utils_toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return file_command_issueFileCommand('ENV', file_command_prepareKeyValueMessage(name, val));
    }
    command_issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function core_setSecret(secret) {
    command_issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${path.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return file_command_issueFileCommand('OUTPUT', file_command_prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_.EOL);
    command_issueCommand('set-output', { name }, utils_toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function core_debug(message) {
    issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    command_issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    command_issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    }
    issueCommand('save-state', { name }, toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map

/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	// undici's and tunnel's modules, read on first use (scripts/lazy-undici.mjs)
/******/ 	function __deferred_module__(moduleId) {
/******/ 		if (!__webpack_modules__[moduleId]) Object.assign(__webpack_modules__, require("./undici-core.index.cjs.js").modules);
/******/ 		if (!__webpack_modules__[moduleId]) Object.assign(__webpack_modules__, require("./undici.index.cjs.js").modules);
/******/ 		return __webpack_modules__[moduleId];
/******/ 	}
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
/******/ 			(__webpack_modules__[moduleId] || __deferred_module__(moduleId)).call(module.exports, module, module.exports, __nccwpck_require__);
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
__nccwpck_require__(6672);

module.exports = __webpack_exports__;
/******/ })()
;