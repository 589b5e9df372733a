"""The retrieval stage: phone documents (`documents`), the sentence encoder and its adapter merge (`encoder`,
`lora_merge`), its ONNX export and runtime, and the catalog's vector index (`catalog_index`) over `index`."""
