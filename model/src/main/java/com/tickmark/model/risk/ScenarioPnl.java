package com.tickmark.model.risk;

import java.time.LocalDate;

/** The portfolio's P&amp;L, in the reporting currency, under one historical scenario day. */
public record ScenarioPnl(LocalDate date, double pnl) {}
