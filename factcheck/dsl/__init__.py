"""The rule language: grammar (pyparsing), typed specs, loader and the safe expression evaluator."""
