"""The subtitle editor page: cue table, editor pane, QC panel, and the controller behind them."""
