global using Microsoft.AspNetCore.Authorization;
