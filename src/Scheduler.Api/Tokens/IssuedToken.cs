namespace Scheduler.Api.Tokens;

/// <summary>A newly issued bearer token: shown once, stored only hashed.</summary>
public sealed record IssuedToken(string Token, TokenRole Role, string? Department);
