// Public API of @chiso/adapters/xlsx: curated named exports only, no logic here.
export {}
