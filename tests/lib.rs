mod golden_rules;
